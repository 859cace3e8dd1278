import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CaptureInput } from '@vigil/protocol';
import sharp from 'sharp';
import { loadConfig } from '../../src/config.js';
import type { Db } from '../../src/db/open.js';
import type { CaptureInsert } from '../../src/features/captures/writer.js';
import { deviceService } from '../../src/features/devices/service.js';
import { tenancyService } from '../../src/features/tenancy/service.js';
import { type RunningVigil, startVigil } from '../../src/start.js';

export const MASTER_KEY = Buffer.alloc(32, 7).toString('base64');

export async function startServer(env: Record<string, string> = {}): Promise<RunningVigil> {
  const dataDir = env.VIGIL_DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-ingest-'));
  const config = loadConfig({
    VIGIL_PORT: '0',
    VIGIL_HOST: '127.0.0.1',
    VIGIL_LOG_LEVEL: 'silent',
    VIGIL_ROLE: 'api',
    VIGIL_MASTER_KEY: MASTER_KEY,
    ...env,
    VIGIL_DATA_DIR: dataDir,
  });
  return startVigil(config);
}

/** A school of its own (seedSchool) with one enrolled device, straight through the service. */
export async function seedSchoolWithDevice(db: Db) {
  const seeded = await seedSchool(db, `School ${randomUUID().slice(0, 6)}`);
  const { device } = await deviceService(db).enrol(seeded.token, {
    name: 'd',
    platform: 'chromeos',
    agent: { kind: 'chrome-extension', version: '1' },
  });
  return { seeded, device };
}

/** A capture row as the writer takes it, not yet scanned by the server, for a school's device. */
export function captureRow(
  schoolId: string,
  deviceId: string,
  over: Partial<CaptureInsert> = {},
): CaptureInsert {
  return {
    id: randomUUID(),
    school_id: schoolId,
    device_id: deviceId,
    person_email: null,
    person_other: null,
    person_ref: null,
    source: 'typed',
    url: null,
    app: null,
    text: 'hello',
    occurred_at: 1,
    received_at: 2,
    agent_detections: '[]',
    agent_rules_version: 'test',
    server_detections: null,
    server_rules_version: null,
    max_severity: 0,
    categories: '[]',
    screenshot_blob_id: null,
    thumbnail_blob_id: null,
    incident_id: null,
    ...over,
  };
}

/** An organisation, a school with one pupil, and an enrolment token. */
export async function seedSchool(db: Db, name = 'Ash Primary') {
  const tenancy = tenancyService(db);
  const org = await tenancy.createOrganisation({ name: `${name} LA`, kind: 'local-authority' });
  const school = await tenancy.createSchool(org.id, { name, phase: 'primary' });
  const scope = { organisationId: org.id, schoolId: school.id };
  const email = `pupil.${randomUUID().slice(0, 8)}@ash.sch.uk`;
  const pupil = await tenancy.createPerson(scope, {
    kind: 'pupil',
    displayName: 'Sam Pupil',
    externalIds: [{ kind: 'email', value: email }],
  });
  const { token } = await deviceService(db).createEnrolmentToken(scope, { label: 'test', createdBy: 'test' });
  return { org, school, scope, pupil, email, token };
}

export async function enrol(
  url: string,
  token: string,
  name = 'Y7-01',
): Promise<{ deviceId: string; credential: string }> {
  const response = await fetch(`${url}/api/agent/v1/enrol`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      token,
      device: { name, platform: 'chromeos', agent: { kind: 'chrome-extension', version: '1.0.0' } },
    }),
  });
  if (response.status !== 200) throw new Error(`enrol: ${response.status} ${await response.text()}`);
  return (await response.json()) as { deviceId: string; credential: string };
}

export function makeCapture(over: Partial<CaptureInput> = {}): CaptureInput {
  const text = over.text ?? 'nobody would even notice if i was gone, i want to kill myself tonight';
  const match = 'kill myself';
  const start = text.indexOf(match);
  return {
    id: randomUUID(),
    occurredAt: new Date().toISOString(),
    person: { email: 'someone@ash.sch.uk' },
    source: 'typed',
    url: 'https://chat.example.com/room/1',
    app: 'chrome',
    text,
    detections:
      start >= 0
        ? [
            {
              category: 'suicide',
              severity: 5,
              rule: 'suicide.intent',
              match,
              start,
              end: start + match.length,
              reasons: ['base 5'],
            },
          ]
        : [],
    rulesVersion: '2026.11.1',
    ...over,
  };
}

export async function post(url: string, route: string, credential: string | undefined, body: unknown) {
  const response = await fetch(`${url}/api/agent/v1${route}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(credential ? { authorization: `Bearer ${credential}` } : {}),
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}

/** A real image of about `bytes` bytes (noise compresses badly, so the size is predictable). */
export async function makeImage(format: 'png' | 'jpeg' | 'webp', width = 64, height = 48): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3);
  for (let i = 0; i < raw.length; i++) raw[i] = (i * 2654435761) >>> 24;
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .toFormat(format)
    .toBuffer();
}
