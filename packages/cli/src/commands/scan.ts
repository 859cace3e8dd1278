import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { AGE_BANDS, type AgeBand, type Detection, SOURCES, type Source, scan } from '@vigil/engine';
import { bundledRules } from '@vigil/rules';
import { CliError } from '../cli-error.js';
import type { Command } from './command.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

interface Item {
  id: unknown;
  text: string;
}

/** Parses every line first, so a malformed line fails the run before any output is written. */
export function parseJsonl(input: string): Item[] {
  const items: Item[] = [];
  input.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      throw new CliError(`line ${i + 1}: not valid JSON (${(e as Error).message})`);
    }
    if (!value || typeof value !== 'object' || Array.isArray(value))
      throw new CliError(`line ${i + 1}: expected an object {"id","text"}`);
    const { id, text } = value as Record<string, unknown>;
    if (typeof text !== 'string') throw new CliError(`line ${i + 1}: "text" must be a string`);
    if (id === undefined) throw new CliError(`line ${i + 1}: missing "id"`);
    items.push({ id, text });
  });
  return items;
}

const wire = (d: Detection) => ({
  category: d.category,
  severity: d.severity,
  rule: d.rule,
  match: d.match,
  start: d.start,
  end: d.end,
  reasons: d.reasons,
});

function readable(label: string, detections: Detection[]): string {
  if (detections.length === 0) return `${label}: no detections`;
  return [
    `${label}:`,
    ...detections.map(
      (d) =>
        `  [${d.category} ${d.severity}] ${d.rule} "${d.match}" (${d.start}-${d.end}) ${d.reasons.join('; ')}`,
    ),
  ].join('\n');
}

export const scanCommand: Command = {
  summary: 'scan text for safeguarding risks (--jsonl: {"id","text"} lines in, one result line out)',
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      options: { jsonl: { type: 'boolean' }, age: { type: 'string' }, source: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
    if (values.age && !AGE_BANDS.includes(values.age as AgeBand))
      throw new CliError(`--age must be one of ${AGE_BANDS.join(', ')}`);
    if (values.source && !SOURCES.includes(values.source as Source))
      throw new CliError(`--source must be one of ${SOURCES.join(', ')}`);
    const profile = {
      ...(values.age ? { age: values.age as AgeBand } : {}),
      ...(values.source ? { source: values.source as Source } : {}),
    };
    if (positionals.length > 1) throw new CliError('at most one FILE');
    let input: string;
    try {
      input = positionals[0] ? readFileSync(positionals[0], 'utf8') : await readStdin();
    } catch (e) {
      throw new CliError(`cannot read ${positionals[0]}: ${(e as Error).message}`);
    }
    const rules = bundledRules((errors) =>
      process.stderr.write(
        `vigil scan: ${errors.length} rule error(s) in the library; those rules are skipped (see vigil rules lint)\n`,
      ),
    );
    if (values.jsonl) {
      const items = parseJsonl(input);
      const out = items.map((item) =>
        JSON.stringify({ id: item.id, detections: scan(item.text, { rules, ...profile }).map(wire) }),
      );
      process.stdout.write(out.length > 0 ? `${out.join('\n')}\n` : '');
      return 0;
    }
    const lines = input.split('\n').filter((l) => l.trim() !== '');
    const report = lines.map((line, i) =>
      readable(
        lines.length === 1 ? JSON.stringify(line) : `line ${i + 1}`,
        scan(line, { rules, ...profile }),
      ),
    );
    process.stdout.write(`${report.join('\n')}\n`);
    return 0;
  },
};
