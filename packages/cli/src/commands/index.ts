import { adminCommand } from './admin.js';
import { auditCommand } from './audit.js';
import type { Command } from './command.js';
import { demoCommand } from './demo.js';
import { rulesCommand } from './rules.js';
import { scanCommand } from './scan.js';
import { startCommand } from './start.js';

// One line per command; each command lives in its own file.
export const commands: Record<string, Command> = {
  start: startCommand,
  admin: adminCommand,
  scan: scanCommand,
  rules: rulesCommand,
  demo: demoCommand,
  audit: auditCommand,
};
