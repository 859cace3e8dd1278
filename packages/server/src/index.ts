export { buildApp } from './app.js';
export { ConfigError, loadConfig, settingsTable, type VigilConfig } from './config.js';
export { migrateToLatest } from './db/migrate.js';
export { type DatabaseHandle, openDatabase } from './db/open.js';
export { type DemoSchool, type DemoUser, seedDemo } from './demo/seed.js';
export { type AuditVerification, appendAudit, verifyAuditChain } from './features/audit/index.js';
export {
  assignRole,
  createUser,
  listUsers,
  recordTraining,
  removeRole,
  resetPassword,
  resetTotp,
  setUserDisabled,
  unlockUser,
} from './features/auth/admin.js';
export { allRoles, isRole, type Role } from './features/auth/permissions.js';
export { deviceService } from './features/devices/service.js';
export { tenancyService } from './features/tenancy/service.js';
export { type RunningVigil, startVigil } from './start.js';
