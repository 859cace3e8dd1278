import { parseArgs } from 'node:util';
import { loadConfig, startVigil } from '@vigil/server';
import type { Command } from './command.js';

export const startCommand: Command = {
  summary:
    'run the Vigil server (console, agent API and background worker; --role api or worker for one of them)',
  async run(args) {
    const { values } = parseArgs({
      args,
      options: { role: { type: 'string' } },
      strict: true,
    });
    const config = loadConfig(process.env, values.role ? { role: values.role } : {});
    const running = await startVigil(config);
    const stop = async (): Promise<void> => {
      await running.close();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return new Promise<number>(() => {});
  },
};
