import { CliError } from './cli-error.js';
import { commands } from './commands/index.js';

const usage = (): string =>
  [
    'usage: vigil <command> [options]',
    '',
    'commands:',
    ...Object.entries(commands).map(([name, cmd]) => `  ${name.padEnd(10)} ${cmd.summary}`),
  ].join('\n');

/** Runs one CLI invocation and returns the process exit code (0 ok, 1 failure, 2 bad usage or input). */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${usage()}\n`);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`vigil: unknown command '${name}'\n${usage()}\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`vigil ${name}: ${command.summary}\n`);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`vigil ${name}: ${error.message}\n`);
      return error.exitCode;
    }
    // An unknown or malformed option (node's parseArgs): bad usage, said in one line.
    if (isUsageError(error)) {
      process.stderr.write(`vigil ${name}: ${(error as Error).message}\n`);
      return 2;
    }
    throw error;
  }
}

const isUsageError = (error: unknown): boolean =>
  typeof (error as { code?: unknown })?.code === 'string' &&
  (error as { code: string }).code.startsWith('ERR_PARSE_ARGS_');
