/**
 * The real Vigil server for the browser tests: startVigil on 127.0.0.1, port 0, a temporary data
 * folder (SQLite), one organisation, school, pupil and enrolment token. It sits behind a switch that
 * can take it "offline". What the tests read back comes from its database.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type RunningVigil, startVigil } from '@vigil/server';
import { packageDir } from './harness.js';
import { startSwitch } from './proxy.js';

export interface StoredCapture {
  id: string;
  source: string;
  text: string;
  url?: string;
  email?: string;
  personId?: string;
  rules: string[];
  reasons: string[];
  screenshotType?: string;
  screenshotBytes: number;
}

export interface StoredAupEvent {
  decision: string;
  version: string;
  email?: string;
  deviceId: string;
  personId?: string;
  at: string;
}

export interface Backend {
  /** the address the extension is given (through the switch) */
  url: string;
  token: string;
  pupilEmail: string;
  captures(): Promise<StoredCapture[]>;
  aupEvents(): Promise<StoredAupEvent[]>;
  publishAup(version: string, text: string): Promise<void>;
  setOnline(online: boolean): void;
  close(): Promise<void>;
}

interface SchoolScope {
  organisationId: string;
  schoolId: string;
}

/** Server internals the tests need for seeding; not part of @vigil/server's public exports. */
interface Tenancy {
  createOrganisation(input: { name: string; kind: string }): Promise<{ id: string }>;
  createSchool(organisationId: string, input: { name: string; phase: string }): Promise<{ id: string }>;
  createPerson(
    scope: SchoolScope,
    input: { kind: string; displayName: string; externalIds: { kind: string; value: string }[] },
  ): Promise<{ id: string }>;
  updateSchool(scope: SchoolScope, patch: { aupVersion?: string; aupText?: string }): Promise<unknown>;
}
interface Devices {
  createEnrolmentToken(
    scope: SchoolScope,
    input: { label: string; createdBy: string; maxUses?: number | null },
  ): Promise<{ token: string }>;
}

const serverSrc = path.resolve(packageDir, '../server/src');

async function internals(db: unknown): Promise<{ tenancy: Tenancy; devices: Devices }> {
  const tenancyModule = (await import(path.join(serverSrc, 'features/tenancy/service.ts'))) as {
    tenancyService(db: unknown): Tenancy;
  };
  const devicesModule = (await import(path.join(serverSrc, 'features/devices/service.ts'))) as {
    deviceService(db: unknown): Devices;
  };
  return { tenancy: tenancyModule.tenancyService(db), devices: devicesModule.deviceService(db) };
}

export const PUPIL_EMAIL = 'pupil@ash.sch.test';

export async function startBackend(): Promise<Backend> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-extension-'));
  const vigil: RunningVigil = await startVigil(
    loadConfig({
      VIGIL_PORT: '0',
      VIGIL_HOST: '127.0.0.1',
      VIGIL_LOG_LEVEL: 'silent',
      VIGIL_ROLE: 'api',
      VIGIL_DATA_DIR: dataDir,
      VIGIL_PUBLIC_URL: 'http://127.0.0.1:8080',
      VIGIL_MASTER_KEY: Buffer.alloc(32, 9).toString('base64'),
      VIGIL_AGENT_RATE_LIMIT: '10000',
    }),
  );
  const db = vigil.database.db;
  const { tenancy, devices } = await internals(db);
  const org = await tenancy.createOrganisation({ name: 'Ash Trust', kind: 'trust' });
  const school = await tenancy.createSchool(org.id, { name: 'Ash Primary', phase: 'primary' });
  const scope = { organisationId: org.id, schoolId: school.id };
  await tenancy.createPerson(scope, {
    kind: 'pupil',
    displayName: 'Sam Pupil',
    externalIds: [{ kind: 'email', value: PUPIL_EMAIL }],
  });
  const { token } = await devices.createEnrolmentToken(scope, {
    label: 'extension tests',
    createdBy: 'test',
  });
  const port = new URL(vigil.url).port;
  const net = await startSwitch(`http://127.0.0.1:${port}`);

  const parse = <T>(json: string | null): T | undefined => (json ? (JSON.parse(json) as T) : undefined);

  return {
    url: net.url,
    token,
    pupilEmail: PUPIL_EMAIL,
    async captures() {
      const rows = await db
        .selectFrom('captures')
        .leftJoin('blobs', 'blobs.id', 'captures.screenshot_blob_id')
        .select([
          'captures.id as id',
          'captures.source as source',
          'captures.text as text',
          'captures.url as url',
          'captures.person_ref as person_ref',
          'captures.person_id as person_id',
          'captures.agent_detections as agent_detections',
          'blobs.content_type as content_type',
          'blobs.size as size',
        ])
        .orderBy('captures.received_at')
        .execute();
      return rows.map((row) => {
        const detections = parse<{ rule: string; reasons?: string[] }[]>(row.agent_detections) ?? [];
        const email = parse<{ email?: string }>(row.person_ref)?.email;
        return {
          id: row.id,
          source: row.source,
          text: row.text,
          ...(row.url ? { url: row.url } : {}),
          ...(email ? { email } : {}),
          ...(row.person_id ? { personId: row.person_id } : {}),
          rules: detections.map((d) => d.rule),
          reasons: detections.flatMap((d) => d.reasons ?? []),
          ...(row.content_type ? { screenshotType: row.content_type } : {}),
          screenshotBytes: Number(row.size ?? 0),
        };
      });
    },
    async aupEvents() {
      const rows = await db.selectFrom('aup_events').selectAll().orderBy('occurred_at').execute();
      return rows.map((row) => {
        const email = parse<{ email?: string }>(row.person_ref)?.email;
        return {
          decision: row.decision,
          version: row.aup_version,
          deviceId: row.device_id,
          ...(email ? { email } : {}),
          ...(row.person_id ? { personId: row.person_id } : {}),
          at: new Date(Number(row.occurred_at)).toISOString(),
        };
      });
    },
    async publishAup(version, text) {
      await tenancy.updateSchool(scope, { aupVersion: version, aupText: text });
    },
    setOnline: (online) => net.setOnline(online),
    async close() {
      await net.close();
      await vigil.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
