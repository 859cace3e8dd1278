import type { Command } from './command.js';
import { startCommand } from './start.js';

// One line per command; each command lives in its own file.
export const commands: Record<string, Command> = {
  start: startCommand,
};
