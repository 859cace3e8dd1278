export { Access, type ContentScope } from './access.js';
export { declaredRoutes, guardRefusalCodes, installAuthGuard, requireAuth } from './guard.js';
export {
  allPermissions,
  allRoles,
  isContentPermission,
  isContentRole,
  type Permission,
  permissions,
  type Role,
  type RoutePermission,
  roles,
} from './permissions.js';
export type { AuthContext } from './sessions.js';
