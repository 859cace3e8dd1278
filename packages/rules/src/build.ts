// `npm run build -w @vigil/rules`: validates the library and writes dist/compiled.json, the
// serialised automaton the browser extension loads without compiling.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileRules, serializeCompiled } from '@vigil/engine';
import { loadLibrary } from './library.js';

const lib = loadLibrary();
if (lib.errors.length > 0) {
  for (const e of lib.errors) process.stderr.write(`${e.file}:${e.line}: ${e.reason}\n`);
  process.exit(1);
}
const out = fileURLToPath(new URL('../dist/compiled.json', import.meta.url));
mkdirSync(fileURLToPath(new URL('../dist/', import.meta.url)), { recursive: true });
const json = JSON.stringify(serializeCompiled(compileRules(lib.ruleSet)));
writeFileSync(out, json);
process.stdout.write(
  `rules ${lib.version}: ${lib.ruleSet.rules.length} rules, ${(json.length / 1024).toFixed(0)} KiB -> dist/compiled.json\n`,
);
