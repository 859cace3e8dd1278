export { chromiumAvailable, chromiumPath, type LaunchedChromium, launchChromium } from './chromium.js';
export { adminUrl, createTestDatabase, postgresAvailable, type TestDatabase } from './postgres.js';
export { inCi, MissingRequirement, requirementMissing } from './requirements.js';
