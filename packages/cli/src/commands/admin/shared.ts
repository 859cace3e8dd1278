import { parseArgs } from 'node:util';
import { type DatabaseHandle, loadConfig, migrateToLatest, openDatabase } from '@vigil/server';
import { CliError } from '../../cli-error.js';
import type { Command } from '../command.js';

/** An `admin <noun>` subcommand: its own verbs (create, list, revoke ...), each in the noun's file. */
export interface AdminVerb {
  summary: string;
  /** option name -> description; every option takes a value unless listed in `flags` */
  options: Record<string, string>;
  flags?: string[];
  required?: string[];
  run(values: Record<string, string | boolean | undefined>, database: DatabaseHandle): Promise<void>;
}

export function adminNoun(summary: string, verbs: Record<string, AdminVerb>): Command {
  const usage = () =>
    Object.entries(verbs)
      .map(([verb, spec]) => {
        const opts = Object.keys(spec.options)
          .map((o) =>
            (spec.required ?? []).includes(o)
              ? `--${o} <${o}>`
              : `[--${o}${spec.flags?.includes(o) ? '' : ` <${o}>`}]`,
          )
          .join(' ');
        return `  ${verb} ${opts}\n      ${spec.summary}`;
      })
      .join('\n');
  return {
    summary,
    async run(args) {
      const [verb, ...rest] = args;
      const spec = verb ? verbs[verb] : undefined;
      if (!spec) throw new CliError(`${verb ? `unknown action '${verb}'` : 'which action?'}\n${usage()}`);
      const { values } = parseArgs({
        args: rest,
        options: Object.fromEntries(
          Object.keys(spec.options).map((o) => [
            o,
            { type: spec.flags?.includes(o) ? 'boolean' : 'string' } as const,
          ]),
        ),
        strict: true,
      });
      for (const name of spec.required ?? []) {
        if (values[name] === undefined || values[name] === '')
          throw new CliError(`--${name} is required\n${usage()}`);
      }
      const database = openDatabase(loadConfig(process.env));
      try {
        await migrateToLatest(database.db);
        await spec.run(values, database);
        return 0;
      } catch (error) {
        // The services' typed errors (400 bad input, 404 not found, 409 conflict) are the user's to fix.
        const status = (error as { statusCode?: number }).statusCode;
        if (status !== undefined && status < 500)
          throw new CliError((error as Error).message, status === 400 ? 2 : 1);
        throw error;
      } finally {
        await database.close();
      }
    },
  };
}

export function print(fields: Record<string, unknown>): void {
  process.stdout.write(
    `${Object.entries(fields)
      .map(([k, v]) => `${k}: ${v ?? ''}`)
      .join('\n')}\n`,
  );
}

export function printTable(rows: Record<string, unknown>[]): void {
  if (rows.length === 0) {
    process.stdout.write('(none)\n');
    return;
  }
  const keys = Object.keys(rows[0]!);
  process.stdout.write(`${keys.join('\t')}\n`);
  for (const row of rows) process.stdout.write(`${keys.map((k) => String(row[k] ?? '')).join('\t')}\n`);
}

export const scopeOf = (values: Record<string, string | boolean | undefined>) => ({
  organisationId: String(values.organisation),
  schoolId: String(values.school),
});

export function positiveInt(
  values: Record<string, string | boolean | undefined>,
  name: string,
): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new CliError(`--${name}: a whole number >= 1`);
  return n;
}
