import { createHash } from 'node:crypto';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  AGENT_API_BASE,
  AupEvent,
  AupEventAck,
  CAPTURE_SOURCES,
  Capture,
  CaptureAck,
  CaptureBatch,
  CaptureBatchAck,
  captureSpanIssue,
  EnrolRequest,
  EnrolResponse,
  ErrorResponse,
  Heartbeat,
  HeartbeatResponse,
  PolicyResponse,
  RotateCredentialResponse,
  RulesResponse,
} from '@vigil/protocol';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { jsonSchemaTransform, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { VigilConfig } from '../../config.js';
import type { DatabaseHandle } from '../../db/open.js';
import { compiledValidator } from '../../http/compiled-validator.js';
import { HttpError, notFound } from '../../http/errors.js';
import { appendAudit } from '../audit/index.js';
import type { IngestRuntime } from '../captures/runtime.js';
import { captureService } from '../captures/service.js';
import { cachedAuthenticator, type DeviceContext, deviceService } from '../devices/service.js';
import { tenancyService } from '../tenancy/service.js';
import { recordAupEvent } from './aup.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** the device behind the bearer credential, on agent routes */
    device: DeviceContext | null;
  }
}

export interface AgentApiDeps {
  config: VigilConfig;
  database: DatabaseHandle;
  runtime: IngestRuntime;
  now: () => number;
  /** Load the capture pipeline's engine before the app is ready (a server), not at the first capture. */
  warmIngest?: boolean;
}

const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  413: ErrorResponse,
  429: ErrorResponse,
};
const HEARTBEAT_SECONDS = 300;
const NO_RULES = JSON.stringify({ version: 'none', compiled: null });

/**
 * The capture routes validate with a validator compiled from the protocol's JSON Schema (the zod
 * schemas still type the handler and document the route) and answer with JSON.stringify: the
 * service builds exactly the documented ack, so checking it with zod again only cost time.
 */
function hotRoute(validateBody: (data: unknown) => true | { error: Error }) {
  return {
    validatorCompiler: () => validateBody,
    serializerCompiler: () => (data: unknown) => JSON.stringify(data),
  };
}

function batchSpanIssue(batch: CaptureBatch): ReturnType<typeof captureSpanIssue> {
  for (let index = 0; index < batch.captures.length; index++) {
    const issue = captureSpanIssue(batch.captures[index]!);
    if (issue) return { path: ['captures', index, ...issue.path], message: issue.message };
  }
  return undefined;
}

function bearer(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1];
}

const etagOf = (body: string) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

function sendCached(request: FastifyRequest, reply: FastifyReply, body: string, etag: string) {
  reply.header('etag', etag).header('cache-control', 'no-cache');
  if (request.headers['if-none-match'] === etag) return reply.status(304).send();
  return reply.type('application/json; charset=utf-8').send(Buffer.from(body));
}

/**
 * The agent API, `/api/agent/v1`: its own context (device credentials, per-device rate limit, its own
 * OpenAPI document at /api/agent/v1/openapi.json and docs at /api/agent/v1/docs), a sibling of the
 * console API.
 */
export async function agentApiRoutes(app: FastifyInstance, deps: AgentApiDeps): Promise<void> {
  const { db, dialect } = deps.database;
  const devices = deviceService(db, { now: deps.now, audit: appendAudit });
  const auth = cachedAuthenticator(devices, { now: deps.now });
  app.addHook('onClose', () => auth.close());
  const captures = captureService({
    db,
    dialect,
    sqlite: deps.database.sqlite,
    blobs: deps.runtime.blobs,
    scanner: deps.runtime.scanner,
    now: deps.now,
  });
  app.addHook('onClose', () => captures.close());
  if (deps.warmIngest) await captures.warm();
  const scanner = deps.runtime.scanner;
  const rulesJson = scanner?.rulesJson ?? NO_RULES;
  const rulesEtag = scanner?.rulesEtag ?? etagOf(NO_RULES);
  const rulesVersion = scanner?.rulesVersion ?? 'none';

  async function policyOf(device: DeviceContext): Promise<{ body: string; etag: string }> {
    const school = await tenancyService(db, deps.now).store.getSchoolById(device.schoolId);
    if (!school) throw notFound('the school of this device no longer exists');
    const policy: PolicyResponse = {
      school: { id: school.id, name: school.name },
      monitoring: { enabled: true, sources: [...CAPTURE_SOURCES], screenshots: true },
      aup: { version: school.aup_version, text: school.aup_text, required: true },
      rulesVersion,
      heartbeatSeconds: HEARTBEAT_SECONDS,
    };
    const body = JSON.stringify(PolicyResponse.parse(policy));
    return { body, etag: etagOf(body) };
  }

  await app.register(async (agent) => {
    await agent.register(swagger, {
      openapi: {
        info: {
          title: 'Vigil agent API',
          version: 'v1',
          description:
            'What capture agents speak. Enrol with an enrolment token, then send the device credential as `Authorization: Bearer <credential>`. Screenshots travel as base64 inside the capture JSON (PNG, JPEG or WebP, at most 5 MB decoded, type checked by content). Request bodies are limited to 8 MB.',
        },
        components: { securitySchemes: { device: { type: 'http', scheme: 'bearer' } } },
        security: [{ device: [] }],
      },
      transform: jsonSchemaTransform,
    });
    await agent.register(swaggerUi, { routePrefix: `${AGENT_API_BASE}/docs` });
    agent.get(
      `${AGENT_API_BASE}/openapi.json`,
      { schema: { hide: true }, config: { permission: 'public' } },
      async () => agent.swagger(),
    );

    agent.decorateRequest('device', null);
    // Each device route gets the credential check as its own onRequest hook, attached when the route
    // is declared: a hook for the whole context read the route's config on every request (Fastify
    // builds a fresh routeOptions object for that), and an async hook cost a promise and a
    // microtask more even when the device was in the cache.
    const authenticateDevice = (
      request: FastifyRequest,
      _reply: FastifyReply,
      done: (error?: Error) => void,
    ) => {
      const credential = bearer(request);
      const known = auth.cached(credential);
      if (known) {
        request.device = known;
        return done();
      }
      auth.authenticate(credential).then((found) => {
        request.device = found;
        done();
      }, done);
    };
    agent.addHook('onRoute', (route) => {
      if (route.config?.permission !== 'device') return;
      const own = route.onRequest;
      route.onRequest = own
        ? [authenticateDevice, ...(Array.isArray(own) ? own : [own])]
        : [authenticateDevice];
    });
    await agent.register(rateLimit, {
      global: true,
      hook: 'preValidation',
      max: deps.config.agentRateLimit,
      timeWindow: 60_000,
      // The in-memory store is an LRU of 5,000 keys by default: a local authority's server sees more
      // devices than that in a minute, and a device pushed out of it would start a fresh window.
      cache: 200_000,
      // Agents do not read the x-ratelimit-* headers of an answer under the limit: writing three
      // headers on every capture's answer cost the event loop for nothing. A 429 still says
      // Retry-After (and the limit headers, as before).
      addHeadersOnExceeding: {
        'x-ratelimit-limit': false,
        'x-ratelimit-remaining': false,
        'x-ratelimit-reset': false,
      },
      keyGenerator: (request) => (request.device ? `device:${request.device.deviceId}` : `ip:${request.ip}`),
      errorResponseBuilder: (_request, context) => {
        const seconds = Math.max(1, Math.ceil(context.ttl / 1000));
        return new HttpError(
          429,
          'rate_limited',
          `too many requests from this device; retry in ${seconds} s`,
          {
            'retry-after': String(seconds),
          },
        );
      },
    });

    const api = agent.withTypeProvider<ZodTypeProvider>();
    const device = (request: FastifyRequest) => request.device!;
    const tags = ['agent'];

    api.post(
      `${AGENT_API_BASE}/enrol`,
      {
        config: { permission: 'public', rateLimit: { max: 30, timeWindow: 60_000 } },
        schema: { tags, security: [], body: EnrolRequest, response: { 200: EnrolResponse, ...errors } },
      },
      async (request) => {
        const enrolled = await devices.enrol(request.body.token, request.body.device);
        return { deviceId: enrolled.device.id, credential: enrolled.credential, school: enrolled.school };
      },
    );

    api.post(
      `${AGENT_API_BASE}/credential/rotate`,
      {
        config: { permission: 'device' },
        schema: { tags, response: { 200: RotateCredentialResponse, ...errors } },
      },
      async (request) => {
        // The service tells this process's credential caches to forget the old credential.
        const credential = await devices.rotateCredential(device(request));
        return { deviceId: device(request).deviceId, credential };
      },
    );

    api.post(
      `${AGENT_API_BASE}/captures`,
      {
        config: { permission: 'device' },
        schema: { tags, body: Capture, response: { 200: CaptureAck, ...errors, 409: ErrorResponse } },
        ...hotRoute(compiledValidator(Capture, 'body', captureSpanIssue)),
      },
      async (request) => (await captures.ingest(device(request), [request.body]))[0]!,
    );

    api.post(
      `${AGENT_API_BASE}/captures/batch`,
      {
        config: { permission: 'device' },
        schema: {
          tags,
          body: CaptureBatch,
          response: { 200: CaptureBatchAck, ...errors, 409: ErrorResponse },
        },
        ...hotRoute(compiledValidator(CaptureBatch, 'body', batchSpanIssue)),
      },
      async (request) => ({
        results: await captures.ingest(device(request), request.body.captures, 'body.captures'),
      }),
    );

    api.post(
      `${AGENT_API_BASE}/heartbeat`,
      {
        config: { permission: 'device' },
        schema: { tags, body: Heartbeat, response: { 200: HeartbeatResponse, ...errors } },
      },
      async (request) => {
        await devices.heartbeat(device(request), request.body);
        return {
          serverTime: new Date(deps.now()).toISOString(),
          policyEtag: (await policyOf(device(request))).etag,
          rulesVersion,
        };
      },
    );

    api.get(
      `${AGENT_API_BASE}/policy`,
      {
        config: { permission: 'device' },
        schema: {
          tags,
          response: { 200: PolicyResponse, 304: z.null().describe('not modified'), ...errors },
        },
      },
      async (request, reply) => {
        const { body, etag } = await policyOf(device(request));
        return sendCached(request, reply, body, etag);
      },
    );

    api.get(
      `${AGENT_API_BASE}/rules`,
      {
        config: { permission: 'device' },
        schema: { tags, response: { 200: RulesResponse, 304: z.null().describe('not modified'), ...errors } },
      },
      async (request, reply) => sendCached(request, reply, rulesJson, rulesEtag),
    );

    api.post(
      `${AGENT_API_BASE}/aup`,
      {
        config: { permission: 'device' },
        schema: { tags, body: AupEvent, response: { 200: AupEventAck, ...errors } },
      },
      async (request) => ({
        id: request.body.id,
        status: await recordAupEvent(db, device(request), request.body, deps.now()),
      }),
    );
  });
}
