// Work on the compiler (speed, memory) must not change what it compiles: the serialised library,
// the library with rules disabled and a school's customisation are hashed and compared with the
// hashes recorded from main's engine. The library hashes are checked only while the library is
// one they were recorded from (rule edits change them and are checked elsewhere). To record the
// library as it now is (after a rule edit, or a deliberate change of the compiled form):
//   VIGIL_RECORD_COMPILED=1 npx vitest run packages/rules/test/compiled-bytes.test.ts
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CompiledRules, compileCustomisation, compileRules, serializeCompiled } from '@vigil/engine';
import { LIBRARY_DIR, loadLibrary } from '@vigil/rules';
import { expect, test } from 'vitest';

const RECORD = fileURLToPath(new URL('./fixtures/compiled-hashes.json', import.meta.url));

interface Recorded {
  /** sha256 of the library's files, which the library hashes were recorded from. */
  library: string;
  version: string;
  full: string;
  disabled: string;
  customisation: string;
}

function libraryHash(dir: string, hash = createHash('sha256')): ReturnType<typeof createHash> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) libraryHash(path, hash);
    else hash.update(name).update(readFileSync(path));
  }
  return hash;
}

const bytes = (c: CompiledRules): string =>
  createHash('sha256')
    .update(JSON.stringify(serializeCompiled(c)))
    .digest('hex');

// Wildcards, an alternation with a phrase, an optional part, a hyphen, txt and leet spellings.
const CUSTOM = {
  words: [
    { phrase: 'blue whale challenge', category: 'suicide' as const, severity: 4 },
    { phrase: '(kys|kill urself) nowww*', category: 'bullying' as const, severity: 3 },
    { phrase: '*orexia pro-ana', category: 'self-harm' as const, severity: 3 },
    { phrase: 'b4 2nite [tonight] stabbed', category: 'violence' as const, severity: 2 },
  ],
  exclusions: [{ phrase: 'romeo and juliet' }, { phrase: 'macbeth [act] (1|2|3)' }],
};

const lib = loadLibrary();
const now: Recorded = {
  library: libraryHash(LIBRARY_DIR).digest('hex'),
  version: lib.ruleSet.version,
  full: bytes(compileRules(lib.ruleSet)),
  // Every seventh rule left out, as a school's disabled rules or a lint's broken ones are.
  disabled: bytes(compileRules({ ...lib.ruleSet, rules: lib.ruleSet.rules.filter((_, i) => i % 7 !== 3) })),
  customisation: bytes(compileCustomisation(CUSTOM)),
};

/** One record per library state, newest last. */
let records = JSON.parse(readFileSync(RECORD, 'utf8')) as Recorded[];
if (process.env.VIGIL_RECORD_COMPILED === '1') {
  records = [...records.filter((r) => r.library !== now.library), now];
  writeFileSync(RECORD, `${JSON.stringify(records, null, 2)}\n`);
}
const recorded = records.find((r) => r.library === now.library);

test('a customisation compiles to the recorded bytes', () => {
  expect(now.customisation).toBe(records.at(-1)!.customisation);
});

test.skipIf(!recorded)('the library compiles to the recorded bytes', () => {
  expect(now.full).toBe(recorded!.full);
  expect(now.disabled).toBe(recorded!.disabled);
});
