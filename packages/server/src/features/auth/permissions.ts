/**
 * THE permission table: which role grants which permission. Deny by default: a permission not listed
 * for a role is refused, and a console route without a declared permission does not register.
 *
 * Scope. A role is assigned either for one school or organisation-wide (every school of the user's
 * organisation). Organisation-level permissions (`level: 'organisation'`) are only granted by
 * organisation-wide assignments.
 *
 * Content. Permissions marked `content: true` expose safeguarding content (capture text,
 * screenshots, the link between a capture and a person, incidents, concerns). They take effect only
 * while the user's safeguarding training is recorded and unexpired, and roles holding them need a
 * second factor (TOTP) by default.
 */
export const permissions = {
  // Captures: text, screenshots and context of the schools in scope.
  'captures.view': { content: true, level: 'school', doc: 'read captures (text, screenshot, context)' },
  'captures.grade': { content: true, level: 'school', doc: 'grade captures, mark false positives, escalate' },
  'captures.export': { content: true, level: 'school', doc: 'print and export captures' },
  // The person a capture concerns, incidents and concerns about pupils.
  'people.view': {
    content: true,
    level: 'school',
    doc: 'see which person a capture concerns, and their history',
  },
  'incidents.view': { content: true, level: 'school', doc: 'read incidents and concerns' },
  'incidents.manage': { content: true, level: 'school', doc: 'open, update and close incidents' },
  // Allegations against staff: captures and incidents whose subject is a member of staff.
  'staff-subject.view': {
    content: true,
    level: 'school',
    doc: 'see captures and incidents whose subject is staff',
  },
  // Devices and agents, with no content.
  'devices.view': { content: false, level: 'school', doc: 'list devices and agent health' },
  'devices.manage': { content: false, level: 'school', doc: 'enrol and revoke devices' },
  'policy.manage': { content: false, level: 'school', doc: 'deploy monitoring policy and rules to agents' },
  // Aggregate, anonymised reports.
  'reports.aggregate': {
    content: false,
    level: 'school',
    doc: 'aggregate anonymised reports and dashboards',
  },
  // Audit log viewer.
  'audit.view': { content: false, level: 'school', doc: 'read the audit log' },
  // Administration of the organisation.
  'schools.manage': { content: false, level: 'organisation', doc: 'create and edit schools' },
  'users.manage': { content: false, level: 'organisation', doc: 'create users, reset passwords, unlock' },
  'roles.manage': { content: false, level: 'organisation', doc: 'assign and remove roles' },
  'training.manage': { content: false, level: 'organisation', doc: 'record safeguarding training' },
  'settings.manage': { content: false, level: 'organisation', doc: 'security policy and settings' },
} as const satisfies Record<string, { content: boolean; level: 'school' | 'organisation'; doc: string }>;

export type Permission = keyof typeof permissions;
export const allPermissions = Object.keys(permissions) as Permission[];

/**
 * What a route may declare in `config.permission`:
 * - a `Permission`: a fully signed-in user holding it (for the school in question);
 * - `'signed-in'`: any fully signed-in user (their own profile and settings);
 * - `'session'`: any session, even one still owing a second factor or a password change
 *   (sign out, me, TOTP verify and enrolment, change password);
 * - `'public'`: no session (sign-in, health);
 * - `'device'`: an agent route authenticated by a device credential, never by a console session.
 */
export type RoutePermission = Permission | 'signed-in' | 'session' | 'public' | 'device';

export const roles = {
  dsl: {
    doc: 'designated safeguarding lead: all safeguarding content of their schools',
    permissions: [
      'captures.view',
      'captures.grade',
      'captures.export',
      'people.view',
      'incidents.view',
      'incidents.manage',
      'reports.aggregate',
      'audit.view',
    ],
  },
  safeguarding: {
    doc: 'deputy DSL or online-safety coordinator: captures and incidents of their schools',
    permissions: [
      'captures.view',
      'captures.grade',
      'captures.export',
      'people.view',
      'incidents.view',
      'incidents.manage',
      'reports.aggregate',
    ],
  },
  headteacher: {
    doc: 'as dsl, and the only role that sees captures and incidents whose subject is staff',
    permissions: [
      'captures.view',
      'captures.grade',
      'captures.export',
      'people.view',
      'incidents.view',
      'incidents.manage',
      'staff-subject.view',
      'reports.aggregate',
      'audit.view',
    ],
  },
  moderator: {
    doc: 'managed monitoring service: captures of assigned schools, grade and escalate; nothing else about a pupil',
    permissions: ['captures.view', 'captures.grade'],
  },
  technician: {
    doc: 'devices, enrolment, agent health, policy; never capture content, persons or incidents',
    permissions: ['devices.view', 'devices.manage', 'policy.manage'],
  },
  governor: {
    doc: 'aggregate, anonymised reports only',
    permissions: ['reports.aggregate'],
  },
  'org-admin': {
    doc: 'schools, users, roles, training records, aggregate dashboards; no content unless also given a content role',
    permissions: [
      'schools.manage',
      'users.manage',
      'roles.manage',
      'training.manage',
      'settings.manage',
      'reports.aggregate',
      'audit.view',
    ],
  },
} as const satisfies Record<string, { doc: string; permissions: readonly Permission[] }>;

export type Role = keyof typeof roles;
export const allRoles = Object.keys(roles) as Role[];

export function isRole(value: string): value is Role {
  return Object.hasOwn(roles, value);
}

export function isPermission(value: string): value is Permission {
  return Object.hasOwn(permissions, value);
}

export function roleGrants(role: Role, permission: Permission): boolean {
  return (roles[role].permissions as readonly Permission[]).includes(permission);
}

export function isContentPermission(permission: Permission): boolean {
  return permissions[permission].content;
}

/** True when the role holds any content permission (and so needs training and, by default, TOTP). */
export function isContentRole(role: Role): boolean {
  return roles[role].permissions.some((p) => isContentPermission(p));
}

/** Roles that only make sense organisation-wide (they carry organisation-level permissions). */
export function isOrganisationRole(role: Role): boolean {
  return roles[role].permissions.some((p) => permissions[p].level === 'organisation');
}
