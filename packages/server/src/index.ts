export { buildApp } from './app.js';
export { ConfigError, loadConfig, settingsTable, type VigilConfig } from './config.js';
export { migrateToLatest } from './db/migrate.js';
export { type DatabaseHandle, openDatabase } from './db/open.js';
export { type DemoSchool, type DemoUser, seedDemo } from './demo/seed.js';
export { type RunningVigil, startVigil } from './start.js';
export { deviceService } from './features/devices/service.js';
export { tenancyService } from './features/tenancy/service.js';
