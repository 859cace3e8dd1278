import fs from 'node:fs';

const base = fs
  .readFileSync(new URL('./base.txt', import.meta.url), 'utf8')
  .split(/\s+/)
  .filter(Boolean);
const names = fs
  .readFileSync(new URL('./names.txt', import.meta.url), 'utf8')
  .split(/\s+/)
  .filter(Boolean);
const out = new Set();
const add = (p) => {
  if (p.length >= 4) out.add(p.toLowerCase());
};
for (const w of base) add(w);
const words = [
  ...new Set([...base.filter((w) => /^[a-z]{4,}$/i.test(w)).map((w) => w.toLowerCase()), ...names]),
];
const suffixes = ['1', '12', '123', '1234', '!', '1!', '2024', '2025', '2026'];
for (const w of words) for (const s of suffixes) add(w + s);
console.error(out.size);
const list = [...out].sort();
const body = `// Generated list of common and breached passwords (lower case), from well-known public rankings
// and their usual variants (a word with digits, years or "!" appended). Compared case-insensitively,
// also after stripping trailing digits and symbols and undoing common letter-for-symbol swaps.
// Regenerate with \`node packages/server/scripts/common-passwords/generate.mjs\`; do not edit by hand.
export const commonPasswordsText = \`
${list.join('\n')}
\`;
`;
fs.writeFileSync(new URL('../../src/features/auth/common-passwords.ts', import.meta.url), body);
