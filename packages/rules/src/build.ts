// `npm run build -w @vigil/rules`: validates the library and writes dist/compiled.json, the
// serialised automaton the browser extension loads without compiling.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileRules } from '@vigil/engine';
import { libraryFingerprint, savePrebuilt } from './compiled-cache.js';
import { LIBRARY_DIR, loadLibrary } from './library.js';

const lib = loadLibrary();
if (lib.errors.length > 0) {
  for (const e of lib.errors) process.stderr.write(`${e.file}:${e.line}: ${e.reason}\n`);
  process.exit(1);
}
mkdirSync(fileURLToPath(new URL('../dist/', import.meta.url)), { recursive: true });
const json = savePrebuilt(compileRules(lib.ruleSet), libraryFingerprint(LIBRARY_DIR));
if (json === null) {
  process.stderr.write('could not write dist/compiled.json\n');
  process.exit(1);
}
process.stdout.write(
  `rules ${lib.version}: ${lib.ruleSet.rules.length} rules, ${(json.length / 1024).toFixed(0)} KiB -> dist/compiled.json\n`,
);
