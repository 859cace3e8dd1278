/**
 * The server the browser tests talk to, behind a switch that can take it "offline". What the tests
 * read back (captures, AUP decisions) goes through this one interface.
 */

import { startSwitch } from './proxy.js';
import { startReceiver } from './receiver.js';

export interface StoredCapture {
  id: string;
  source: string;
  text: string;
  url?: string;
  email?: string;
  rules: string[];
  reasons: string[];
  screenshotType?: string;
  screenshotBytes: number;
  /** how many times the server received this id */
  received: number;
}

export interface StoredAupEvent {
  decision: 'accepted' | 'declined';
  version: string;
  email?: string;
  deviceId?: string;
  at: string;
}

export interface Backend {
  kind: 'vigil' | 'receiver';
  /** the address the extension is given (through the switch) */
  url: string;
  token: string;
  captures(): Promise<StoredCapture[]>;
  aupEvents(): Promise<StoredAupEvent[]>;
  publishAup(version: string, text: string): Promise<void>;
  setOnline(online: boolean): void;
  close(): Promise<void>;
}

export async function startBackend(): Promise<Backend> {
  const receiver = await startReceiver();
  const net = await startSwitch(receiver.url);
  return {
    kind: 'receiver',
    url: net.url,
    token: 'test-enrolment-token',
    async captures() {
      return [...receiver.captures.values()].map(({ capture, times }) => ({
        id: capture.id,
        source: capture.source,
        text: capture.text,
        ...(capture.url ? { url: capture.url } : {}),
        ...(capture.person?.email ? { email: capture.person.email } : {}),
        rules: capture.detections.map((d) => d.rule),
        reasons: capture.detections.flatMap((d) => d.reasons ?? []),
        ...(capture.screenshot ? { screenshotType: capture.screenshot.contentType } : {}),
        screenshotBytes: capture.screenshot ? Buffer.from(capture.screenshot.data, 'base64').length : 0,
        received: times,
      }));
    },
    async aupEvents() {
      return receiver.aup.map((e) => ({
        decision: e.decision,
        version: e.aupVersion,
        ...(e.person?.email ? { email: e.person.email } : {}),
        at: e.occurredAt,
      }));
    },
    async publishAup(version, text) {
      receiver.policy.aup = { version, text, required: true };
    },
    setOnline: (online) => net.setOnline(online),
    async close() {
      await net.close();
      await receiver.close();
    },
  };
}
