import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/open.js';
import { forbidden, HttpError } from '../../http/errors.js';
import {
  type Actor,
  assignRole,
  createUser,
  getSecurityPolicy,
  listUsers,
  recordTraining,
  removeRole,
  resetPassword,
  resetTotp,
  setSecurityPolicy,
  setUserDisabled,
  unlockUser,
} from './admin.js';
import { requireAuth } from './guard.js';
import { AttemptLimiter } from './limiter.js';
import { allPermissions, type Permission, permissions, roles } from './permissions.js';
import { securityPolicyPatchSchema } from './policy.js';
import {
  changePassword,
  confirmTotpEnrolment,
  normaliseLogin,
  signIn,
  signOut,
  startTotpEnrolment,
  verifySecondFactor,
} from './service.js';
import {
  type AuthContext,
  CSRF_COOKIE,
  rotateSessionToken,
  SESSION_COOKIE,
  type SessionStage,
  sha256,
} from './sessions.js';

export interface AuthRouteOptions {
  db: Db;
  now: () => number;
  /** Secure cookies when the console is served over https. */
  secureCookies: boolean;
  /** Wraps TOTP secrets at rest (`totpKeyFrom(masterKey)`); without it they are stored as they are. */
  totpKey?: Buffer;
  /** Sign-in attempts per account and per address in a 15-minute window. */
  limits?: { perAccount: number; perAddress: number };
}

const V1 = '/api/console/v1';
const WINDOW_MS = 15 * 60_000;

function requireStage(auth: AuthContext, ...stages: SessionStage[]): void {
  if (!stages.includes(auth.session.stage)) {
    throw new HttpError(
      409,
      'wrong_step',
      `this step is not available now (current step: ${auth.session.stage})`,
    );
  }
}

const actorOf = (auth: AuthContext): Actor => ({
  id: auth.user.id,
  organisationId: auth.user.organisation_id,
});

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .transform((s) => Date.parse(`${s}T00:00:00Z`));

/** Console sign-in, second factor, password, sign-out, `me`, and user administration. */
export function authRoutes(parent: FastifyInstance, options: AuthRouteOptions): void {
  const app = parent.withTypeProvider<ZodTypeProvider>();
  const { db, now } = options;
  const perAccount = new AttemptLimiter(options.limits?.perAccount ?? 10, WINDOW_MS);
  const perAddress = new AttemptLimiter(options.limits?.perAddress ?? 50, WINDOW_MS);
  const totpKey = options.totpKey ? { totpKey: options.totpKey } : {};
  const cookieBase = { path: '/', sameSite: 'strict' as const, secure: options.secureCookies };

  const limit = (limiter: AttemptLimiter, key: string, reply: FastifyReply): void => {
    const at = now();
    if (!limiter.take(key, at)) {
      const seconds = Math.ceil(limiter.retryAfter(key, at) / 1000);
      reply.header('retry-after', String(seconds));
      throw new HttpError(
        429,
        'too_many_attempts',
        `too many sign-in attempts; try again in ${seconds} seconds`,
        {
          'retry-after': String(seconds),
        },
      );
    }
  };

  /** A new session token after a sign-in step, in the same cookie. */
  const rotate = async (auth: AuthContext, reply: FastifyReply): Promise<void> => {
    const token = await rotateSessionToken(db, auth.session.id);
    const maxAge = Math.max(1, Math.floor((auth.session.expires_at - now()) / 1000));
    reply.setCookie(SESSION_COOKIE, token, { ...cookieBase, httpOnly: true, maxAge });
  };

  const clearCookies = (reply: FastifyReply) => {
    reply.clearCookie(SESSION_COOKIE, cookieBase);
    reply.clearCookie(CSRF_COOKIE, cookieBase);
  };

  app.post(
    `${V1}/auth/sign-in`,
    {
      config: { permission: 'public' },
      schema: {
        body: z.object({ login: z.string().min(1).max(320), password: z.string().min(1).max(1024) }),
      },
    },
    async (request, reply) => {
      limit(perAddress, `ip:${request.ip}`, reply);
      limit(perAccount, `login:${normaliseLogin(request.body.login)}`, reply);
      const result = await signIn(db, { ...request.body, address: request.ip, now: now() });
      const maxAge = Math.max(1, Math.floor((result.expiresAt - now()) / 1000));
      reply.setCookie(SESSION_COOKIE, result.token, { ...cookieBase, httpOnly: true, maxAge });
      reply.setCookie(CSRF_COOKIE, result.csrfToken, { ...cookieBase, httpOnly: false, maxAge });
      return { stage: result.stage, csrfToken: result.csrfToken, expiresAt: result.expiresAt };
    },
  );

  app.post(
    `${V1}/auth/totp/verify`,
    { config: { permission: 'session' }, schema: { body: z.object({ code: z.string().min(1).max(64) }) } },
    async (request, reply) => {
      const auth = requireAuth(request);
      requireStage(auth, 'totp');
      limit(perAccount, `totp:${auth.user.id}`, reply);
      const stage = await verifySecondFactor(db, {
        sessionId: auth.session.id,
        userId: auth.user.id,
        code: request.body.code,
        address: request.ip,
        now: now(),
        ...totpKey,
      });
      await rotate(auth, reply);
      return { stage };
    },
  );

  app.post(`${V1}/auth/totp/enrol`, { config: { permission: 'session' } }, async (request) => {
    const auth = requireAuth(request);
    requireStage(auth, 'enrol', 'active');
    return startTotpEnrolment(db, { userId: auth.user.id, now: now(), ...totpKey });
  });

  app.post(
    `${V1}/auth/totp/confirm`,
    { config: { permission: 'session' }, schema: { body: z.object({ code: z.string().min(1).max(16) }) } },
    async (request, reply) => {
      const auth = requireAuth(request);
      requireStage(auth, 'enrol', 'active');
      const result = await confirmTotpEnrolment(db, {
        sessionId: auth.session.id,
        userId: auth.user.id,
        code: request.body.code,
        now: now(),
        ...totpKey,
      });
      await rotate(auth, reply);
      return result;
    },
  );

  app.post(
    `${V1}/auth/password`,
    {
      config: { permission: 'session' },
      schema: {
        body: z.object({
          currentPassword: z.string().min(1).max(1024),
          newPassword: z.string().min(1).max(1024),
        }),
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      requireStage(auth, 'password', 'active');
      const stage = await changePassword(db, {
        sessionId: auth.session.id,
        userId: auth.user.id,
        ...request.body,
        now: now(),
      });
      await rotate(auth, reply);
      return { stage };
    },
  );

  for (const everywhere of [false, true]) {
    app.post(
      `${V1}/auth/sign-out${everywhere ? '-everywhere' : ''}`,
      { config: { permission: 'session' } },
      async (request, reply) => {
        const auth = requireAuth(request);
        const token = request.cookies[SESSION_COOKIE] ?? '';
        if (sha256(token) !== auth.session.id) throw new HttpError(401, 'unauthorized', 'sign in first');
        const ended = await signOut(db, {
          token,
          userId: auth.user.id,
          organisationId: auth.user.organisation_id,
          now: now(),
          everywhere,
        });
        clearCookies(reply);
        return { sessionsEnded: ended };
      },
    );
  }

  app.get(`${V1}/auth/me`, { config: { permission: 'session' } }, async (request) => {
    const auth = requireAuth(request);
    const { user, access, session } = auth;
    const bySchool: Record<string, Permission[]> = {};
    for (const schoolId of access.input.organisationSchoolIds) {
      const granted = allPermissions.filter((p) => access.can(p, schoolId));
      if (granted.length) bySchool[schoolId] = granted;
    }
    return {
      user: {
        id: user.id,
        login: user.login,
        displayName: user.display_name,
        organisationId: user.organisation_id,
      },
      stage: session.stage,
      totpEnabled: user.totp_enabled_at !== null,
      roles: access.input.assignments,
      trained: access.trained,
      trainingExpiresAt: access.trainingExpiresAt,
      permissions: session.stage === 'active' ? bySchool : {},
      organisationPermissions:
        session.stage === 'active' ? allPermissions.filter((p) => access.canOrganisationWide(p)) : [],
      sessionExpiresAt: session.expires_at,
    };
  });

  app.get(`${V1}/roles`, { config: { permission: 'signed-in' } }, async () => ({ roles, permissions }));

  // User administration (organisation-wide administrators).
  const userParams = z.object({ userId: z.string().min(1).max(64) });

  app.get(`${V1}/users`, { config: { permission: 'users.manage' } }, async (request) => {
    const auth = requireAuth(request);
    return { users: await listUsers(db, auth.user.organisation_id, now()) };
  });

  app.get(
    `${V1}/users/:userId`,
    { config: { permission: 'users.manage' }, schema: { params: userParams } },
    async (request) => {
      const auth = requireAuth(request);
      const [user] = await listUsers(db, auth.user.organisation_id, now(), request.params.userId);
      if (!user) throw new HttpError(404, 'not_found', 'no such user in your organisation');
      return user;
    },
  );

  const assignment = z.object({
    role: z.string().min(1).max(40),
    schoolId: z.string().min(1).max(64).nullable(),
  });

  app.post(
    `${V1}/users`,
    {
      config: { permission: 'users.manage' },
      schema: {
        body: z.object({
          login: z.string().min(1).max(320),
          displayName: z.string().min(1).max(200),
          personId: z.string().min(1).max(64).nullable().optional(),
          roles: z.array(assignment).max(50).optional(),
        }),
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      if (request.body.roles?.length && !auth.access.canOrganisationWide('roles.manage')) {
        throw forbidden("assigning roles needs the 'roles.manage' permission", 'permission_denied');
      }
      const created = await createUser(db, actorOf(auth), request.body, now());
      return reply.status(201).send(created);
    },
  );

  app.post(
    `${V1}/users/:userId/roles`,
    { config: { permission: 'roles.manage' }, schema: { params: userParams, body: assignment } },
    async (request, reply) => {
      const auth = requireAuth(request);
      const id = await assignRole(
        db,
        actorOf(auth),
        { userId: request.params.userId, ...request.body },
        now(),
      );
      return reply.status(201).send({ id });
    },
  );

  app.delete(
    `${V1}/users/:userId/roles/:assignmentId`,
    {
      config: { permission: 'roles.manage' },
      schema: { params: userParams.extend({ assignmentId: z.string().min(1).max(64) }) },
    },
    async (request) => {
      const auth = requireAuth(request);
      await removeRole(db, actorOf(auth), request.params, now());
      return { removed: true };
    },
  );

  app.post(
    `${V1}/users/:userId/training`,
    {
      config: { permission: 'training.manage' },
      schema: {
        params: userParams,
        body: z.object({ course: z.string().min(1).max(200), completedOn: day, expiresOn: day }),
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const { course, completedOn, expiresOn } = request.body;
      const id = await recordTraining(
        db,
        actorOf(auth),
        { userId: request.params.userId, course, completedAt: completedOn, expiresAt: expiresOn },
        now(),
      );
      return reply.status(201).send({ id });
    },
  );

  const userAction = (path: string, run: (actor: Actor, userId: string) => Promise<object>) =>
    app.post(
      `${V1}/users/:userId/${path}`,
      { config: { permission: 'users.manage' }, schema: { params: userParams } },
      async (request: FastifyRequest<{ Params: { userId: string } }>) =>
        run(actorOf(requireAuth(request)), request.params.userId),
    );
  userAction('unlock', async (actor, userId) => {
    await unlockUser(db, actor, userId, now());
    return { unlocked: true };
  });
  userAction('reset-password', async (actor, userId) => ({
    temporaryPassword: await resetPassword(db, actor, userId, now()),
  }));
  userAction('reset-totp', async (actor, userId) => {
    await resetTotp(db, actor, userId, now());
    return { reset: true };
  });
  userAction('disable', async (actor, userId) => {
    await setUserDisabled(db, actor, userId, true, now());
    return { disabled: true };
  });
  userAction('enable', async (actor, userId) => {
    await setUserDisabled(db, actor, userId, false, now());
    return { disabled: false };
  });

  app.get(`${V1}/security-policy`, { config: { permission: 'settings.manage' } }, async (request) =>
    getSecurityPolicy(db, requireAuth(request).user.organisation_id),
  );

  app.patch(
    `${V1}/security-policy`,
    { config: { permission: 'settings.manage' }, schema: { body: securityPolicyPatchSchema } },
    async (request) => setSecurityPolicy(db, actorOf(requireAuth(request)), request.body, now()),
  );
}
