import { join, relative } from 'node:path';
import { LIBRARY_DIR, LIBRARY_VERSION, lintLibrary, loadLibrary } from '@vigil/rules';
import { CliError } from '../cli-error.js';
import type { Command } from './command.js';

export const rulesCommand: Command = {
  summary: 'rules library tools: `vigil rules lint` checks every rule file (exit 1 on errors)',
  async run(args) {
    const [sub] = args;
    if (sub !== 'lint') throw new CliError('usage: vigil rules lint');
    const errors = lintLibrary();
    for (const e of errors) {
      const file = e.file ? relative(process.cwd(), join(LIBRARY_DIR, e.file)) : 'library';
      process.stdout.write(`${file}:${e.line}: ${e.reason}\n`);
    }
    if (errors.length > 0) {
      process.stderr.write(`${errors.length} rule error(s)\n`);
      return 1;
    }
    const lib = loadLibrary();
    process.stdout.write(
      `ok: ${lib.ruleSet.rules.length} rules in ${lib.files.length} files, library ${LIBRARY_VERSION}\n`,
    );
    return 0;
  },
};
