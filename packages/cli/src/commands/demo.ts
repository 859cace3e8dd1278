import { parseArgs } from 'node:util';
import { loadConfig, migrateToLatest, openDatabase, seedDemo } from '@vigil/server';
import { CliError } from '../cli-error.js';
import type { Command } from './command.js';

export const demoCommand: Command = {
  summary: 'create a demo school with pupils, devices and captures, and print a DSL sign-in',
  async run(args) {
    const { values } = parseArgs({
      args,
      options: {
        captures: { type: 'string', default: '300' },
        'no-screenshots': { type: 'boolean', default: false },
      },
      strict: true,
    });
    const captures = Number(values.captures);
    if (!Number.isInteger(captures) || captures < 1 || captures > 5000) {
      throw new CliError('--captures: a whole number from 1 to 5000', 2);
    }
    const config = loadConfig(process.env);
    const database = openDatabase(config);
    try {
      await migrateToLatest(database.db);
      const existing = await database.db
        .selectFrom('schools')
        .select('id')
        .where('name', '=', 'Riverside Academy')
        .executeTakeFirst();
      if (existing) throw new CliError('the demo school already exists in this database', 1);
      const demo = await seedDemo({
        database,
        config,
        captures,
        screenshots: !values['no-screenshots'],
        log: (line) => process.stdout.write(`  ${line}\n`),
      });
      process.stdout.write(
        [
          '',
          'Demo school ready: Riverside Academy.',
          `Open ${config.publicUrl} and sign in as the DSL:`,
          `  login:    ${demo.dsl.login}`,
          `  password: ${demo.dsl.password}`,
          `  authenticator key: ${demo.dsl.totpSecret}`,
          `  (or add ${demo.dsl.totpUri} to your authenticator app)`,
          `A moderator can sign in as ${demo.moderator.login} with the same password and key ${demo.moderator.totpSecret}.`,
          'These are demo credentials: never use the demo in a real school.',
          '',
        ].join('\n'),
      );
      return 0;
    } finally {
      await database.close();
    }
  },
};
