import { parseArgs } from 'node:util';
import { loadConfig, migrateToLatest, openDatabase, verifyAuditChain } from '@vigil/server';
import { CliError } from '../cli-error.js';
import type { Command } from './command.js';

/** `vigil audit verify`: checks the hash chain; exit 1 naming the first altered or removed entry. */
export const auditCommand: Command = {
  summary: 'verify the audit log hash chain (exit 1 names the first altered or removed entry)',
  async run(args) {
    const [action, ...rest] = args;
    if (action !== 'verify') {
      throw new CliError('usage: vigil audit verify');
    }
    parseArgs({ args: rest, options: {}, strict: true });
    const config = loadConfig(process.env);
    const handle = openDatabase(config);
    try {
      await migrateToLatest(handle.db);
      const result = await verifyAuditChain(handle.db);
      if (result.ok) {
        process.stdout.write(`audit log intact: ${result.entries} entries, head ${result.headHash}\n`);
        return 0;
      }
      process.stderr.write(
        `audit log BROKEN at entry ${result.seq}${result.id ? ` (id ${result.id})` : ''}: ${result.message}\n` +
          `${result.entries} entries before it verified.\n`,
      );
      return 1;
    } finally {
      await handle.close();
    }
  },
};
