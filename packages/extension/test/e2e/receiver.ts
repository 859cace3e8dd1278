/**
 * A tiny stand-in for the agent API, used only while developing against a server that lacks it and
 * by the bench. It speaks /api/agent/v1 as @vigil/protocol describes it, records what arrives, and
 * can go "offline" (refuse connections). Listens on 127.0.0.1 only.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AupEvent, Capture } from '@vigil/protocol';

export interface Receiver {
  url: string;
  captures: Map<string, { capture: Capture; times: number }>;
  aup: AupEvent[];
  enrolments: number;
  policy: { aup: { version: string; text: string; required: boolean }; primaryProtection?: boolean };
  setOnline(online: boolean): void;
  close(): Promise<void>;
}

export async function startReceiver(token = 'test-enrolment-token'): Promise<Receiver> {
  const schoolId = randomUUID();
  const state: Receiver = {
    url: '',
    captures: new Map(),
    aup: [],
    enrolments: 0,
    policy: { aup: { version: '1', text: 'Be kind online.', required: false } },
    setOnline(online) {
      online_ = online;
      if (!online) for (const socket of sockets) socket.destroy();
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
  let online_ = true;
  const sockets = new Set<import('node:net').Socket>();
  const credential = `cred-${randomUUID()}`;
  const policyEtag = () =>
    `"p-${state.policy.aup.version}-${state.policy.aup.required}-${state.policy.primaryProtection}"`;

  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : undefined;
    const path = (req.url ?? '').replace('/api/agent/v1', '');
    if (process.env.VIGIL_RECEIVER_LOG) {
      console.log(
        'RX',
        req.method,
        path,
        JSON.stringify(body?.captures?.map((c: Capture) => c.text.slice(0, 20)) ?? ''),
      );
    }
    const send = (status: number, json: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(json === undefined ? undefined : JSON.stringify(json));
    };
    if (path === '/enrol' && req.method === 'POST') {
      if (body?.token !== token) return send(401, { error: 'invalid_token', message: 'unknown token' });
      state.enrolments += 1;
      return send(200, { deviceId: randomUUID(), credential, school: { id: schoolId, name: 'Test School' } });
    }
    if (req.headers.authorization !== `Bearer ${credential}`) {
      return send(401, { error: 'unauthorised', message: 'no credential' });
    }
    if (path === '/captures/batch' && req.method === 'POST') {
      const results = (body.captures as Capture[]).map((capture) => {
        const known = state.captures.get(capture.id);
        if (known) known.times += 1;
        else state.captures.set(capture.id, { capture, times: 1 });
        return {
          id: capture.id,
          status: known ? 'duplicate' : 'created',
          receivedAt: new Date().toISOString(),
        };
      });
      return send(200, { results });
    }
    if (path === '/aup' && req.method === 'POST') {
      state.aup.push(body);
      return send(200, { id: body.id, status: 'created' });
    }
    if (path === '/heartbeat' && req.method === 'POST') {
      return send(200, {
        serverTime: new Date().toISOString(),
        policyEtag: policyEtag(),
        rulesVersion: 'same',
      });
    }
    if (path === '/policy' && req.method === 'GET') {
      if (req.headers['if-none-match'] === policyEtag()) return send(304, undefined, { etag: policyEtag() });
      return send(
        200,
        {
          school: { id: schoolId, name: 'Test School' },
          monitoring: {
            enabled: true,
            sources: ['typed', 'page', 'url', 'search', 'title'],
            screenshots: true,
          },
          aup: state.policy.aup,
          rulesVersion: 'same',
          heartbeatSeconds: 60,
          ...(state.policy.primaryProtection !== undefined
            ? { primaryProtection: state.policy.primaryProtection }
            : {}),
        },
        { etag: policyEtag() },
      );
    }
    if (path === '/rules' && req.method === 'GET') return send(304, undefined, { etag: '"rules"' });
    return send(404, { error: 'not_found', message: path });
  });
  server.on('connection', (socket) => {
    if (!online_) {
      socket.destroy();
      return;
    }
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}
