import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance, FastifyRequest, preValidationHookHandler } from 'fastify';
import type { Db } from '../../db/open.js';
import { HttpError } from '../../http/errors.js';
import { isPermission, type Permission, permissions, type RoutePermission } from './permissions.js';
import {
  type AuthContext,
  CSRF_COOKIE,
  CSRF_HEADER,
  resolveSession,
  SESSION_COOKIE,
  safeEqual,
} from './sessions.js';

/**
 * The permission mechanism. How to use it in a console route:
 *
 *   app.get('/api/console/v1/schools/:schoolId/captures',
 *     { config: { permission: 'captures.view' } },
 *     async (request) => {
 *       const auth = requireAuth(request);              // the session, user and Access
 *       const scope = auth.access.contentScope();        // for content queries
 *       ...
 *     });
 *
 * - Every route under /api/console/ MUST declare `config.permission` (a Permission from
 *   permissions.ts, or 'signed-in', 'session', 'public'); registering one without it throws, so
 *   the app does not start (deny by default).
 * - Before validation, the session is resolved from the httpOnly cookie, unsafe methods must carry
 *   the CSRF header, and the permission is checked for "the school in question": the `schoolId`
 *   route parameter, query parameter or body field. Without one, school-level permissions need to be
 *   held at some school (narrow your query with `auth.access.schoolsWith(permission)`), and
 *   organisation-level permissions need an organisation-wide role.
 * - Content permissions also need unexpired safeguarding training (the training gate).
 * - Refusals: 401 `unauthorized`/`session_expired`; 403 `permission_denied`, `training_required`,
 *   `csrf_failed` or the step a half-finished sign-in still owes.
 */
declare module 'fastify' {
  interface FastifyContextConfig {
    permission?: RoutePermission;
  }
  interface FastifyRequest {
    auth: AuthContext | null;
  }
}

export interface DeclaredRoute {
  method: string;
  url: string;
  permission: RoutePermission | undefined;
}

export const routeDeclarations = new WeakMap<FastifyInstance, DeclaredRoute[]>();

/** Every route registered on the app with its declared permission (for the authorisation matrix). */
export function declaredRoutes(app: FastifyInstance): DeclaredRoute[] {
  return routeDeclarations.get(app) ?? [];
}

const specialPermissions = new Set<string>(['signed-in', 'session', 'public', 'device']);
const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Codes the guard refuses with; anything else came from the route itself. */
export const guardRefusalCodes = new Set([
  'unauthorized',
  'session_expired',
  'permission_denied',
  'training_required',
  'csrf_failed',
  'totp_required',
  'password_change_required',
  'totp_enrolment_required',
]);

export function isConsoleRoute(url: string): boolean {
  return url.startsWith('/api/console/');
}

/** The signed-in context of a guarded route (throws 401 when the route is public). */
export function requireAuth(request: FastifyRequest): AuthContext {
  if (!request.auth) throw new HttpError(401, 'unauthorized', 'sign in first');
  return request.auth;
}

function schoolInQuestion(request: FastifyRequest): string | undefined {
  for (const source of [request.params, request.query, request.body]) {
    if (source && typeof source === 'object' && 'schoolId' in source) {
      const value = (source as Record<string, unknown>).schoolId;
      if (typeof value === 'string' && value !== '') return value;
    }
  }
  return undefined;
}

const stageRefusal: Record<string, [string, string]> = {
  totp: ['totp_required', 'enter the code from your authenticator app first'],
  password: ['password_change_required', 'change your temporary or expired password first'],
  enrol: ['totp_enrolment_required', 'set up your authenticator app first'],
};

/** Installs the onRoute declaration check and the pre-validation guard. Call before any route. */
export async function installAuthGuard(
  app: FastifyInstance,
  options: { db: Db; now: () => number },
): Promise<void> {
  if (!app.hasRequestDecorator('cookies')) await app.register(fastifyCookie);
  app.decorateRequest('auth', null);
  const declared: DeclaredRoute[] = [];
  routeDeclarations.set(app, declared);

  app.addHook('onRoute', (route) => {
    const permission = route.config?.permission;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) declared.push({ method: String(method), url: route.url, permission });
    if (permission === undefined) {
      if (isConsoleRoute(route.url)) {
        throw new Error(
          `console route ${methods.join(',')} ${route.url} declares no permission: add config: { permission: ... } (see features/auth/guard.ts)`,
        );
      }
      return;
    }
    if (!specialPermissions.has(permission) && !isPermission(permission)) {
      throw new Error(`route ${route.url} declares unknown permission '${permission}'`);
    }
    if (permission === 'device' && isConsoleRoute(route.url)) {
      throw new Error(`console route ${route.url} cannot use device authentication`);
    }
    if (permission === 'public' || permission === 'device') return;
    // The guard is the route's first pre-validation hook, attached only to the routes it guards: a
    // hook for every route read each request's route config (Fastify builds a fresh routeOptions
    // object for that) just to let the agent API's captures pass.
    const guarded = permission as Exclude<RoutePermission, 'public' | 'device'>;
    const check: preValidationHookHandler = (request, _reply, done) => {
      guard(request, guarded).then(() => done(), done);
    };
    const own = route.preValidation;
    route.preValidation = own ? [check, ...(Array.isArray(own) ? own : [own])] : [check];
  });

  async function guard(
    request: FastifyRequest,
    permission: Exclude<RoutePermission, 'public' | 'device'>,
  ): Promise<void> {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) throw new HttpError(401, 'unauthorized', 'sign in first');
    const lookup = await resolveSession(options.db, token, options.now());
    if (!lookup.ok) {
      throw lookup.reason === 'expired'
        ? new HttpError(401, 'session_expired', 'your session has expired; sign in again')
        : new HttpError(401, 'unauthorized', 'sign in first');
    }
    const auth = lookup.auth;
    if (!safeMethods.has(request.method)) {
      const header = request.headers[CSRF_HEADER];
      const cookie = request.cookies[CSRF_COOKIE];
      const sent = typeof header === 'string' ? header : '';
      if (!sent || !cookie || !safeEqual(sent, cookie) || !safeEqual(sent, auth.session.csrf_token)) {
        throw new HttpError(403, 'csrf_failed', `missing or wrong ${CSRF_HEADER} header`);
      }
    }
    request.auth = auth;
    if (permission === 'session') return;
    if (auth.session.stage !== 'active') {
      const [code, message] = stageRefusal[auth.session.stage] ?? ['unauthorized', 'sign in first'];
      throw new HttpError(403, code, message);
    }
    // Roles or policy may change during a session: a second factor is checked on every request.
    const needsTotp =
      auth.policy.requireTotpForAll ||
      (permission !== 'signed-in' && permissions[permission].content && auth.policy.requireTotpForContent);
    if (needsTotp && auth.user.totp_enabled_at === null) {
      const [code, message] = stageRefusal.enrol!;
      throw new HttpError(403, code, message);
    }
    if (permission === 'signed-in') return;
    checkPermission(auth, permission, schoolInQuestion(request));
  }
}

function checkPermission(auth: AuthContext, permission: Permission, schoolId: string | undefined): void {
  const { access } = auth;
  const allowed =
    schoolId !== undefined
      ? access.can(permission, schoolId)
      : permissions[permission].level === 'organisation'
        ? access.canOrganisationWide(permission)
        : access.canAnywhere(permission);
  if (allowed) return;
  const roleWouldGrant =
    schoolId !== undefined ? access.roleGrantsAt(permission, schoolId) : access.holdsRoleFor(permission);
  if (permissions[permission].content && !access.trained && roleWouldGrant) {
    throw new HttpError(
      403,
      'training_required',
      'safeguarding content needs current safeguarding training; ask your organisation to record it',
    );
  }
  throw new HttpError(403, 'permission_denied', `you do not have the '${permission}' permission here`);
}
