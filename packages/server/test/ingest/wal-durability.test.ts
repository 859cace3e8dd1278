import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { walDurability } from '../../src/features/captures/wal-durability.js';
import type { PipelineAnswer } from '../../src/features/captures/writer.js';

// The writer thread's acknowledgements wait for an fsync of the WAL that began after their commit
// (features/captures/wal-durability.ts); what commits while one fsync runs shares the next.

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function walFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-wal-'));
  dirs.push(dir);
  const file = path.join(dir, 'vigil.sqlite-wal');
  fs.writeFileSync(file, 'frames');
  return file;
}

test('an answer goes out only after an fsync, and commits made meanwhile share the next one', async () => {
  const sent: PipelineAnswer[] = [];
  const durability = walDurability(walFile(), (answer) => sent.push(answer));
  durability.committed({ stored: [1, 2], results: [] });
  // The first fsync has begun; these two commits land while it runs.
  durability.committed({ stored: [3], results: [[4, { inserted: [] }]] });
  durability.committed({ stored: [5], results: [] });
  expect(sent).toEqual([]); // nothing acknowledged before the disk has it
  await new Promise<void>((resolve) => durability.whenSent(resolve));
  expect(sent).toEqual([
    { stored: [1, 2], results: [] },
    { stored: [3, 5], results: [[4, { inserted: [] }]], commits: 2 },
  ]);
  durability.close();
});

test('if the WAL cannot be synced, its captures are answered as failed, and errors stay errors', async () => {
  const sent: PipelineAnswer[] = [];
  const missing = path.join(os.tmpdir(), `vigil-no-such-dir-${process.pid}`, 'vigil.sqlite-wal');
  const durability = walDurability(missing, (answer) => sent.push(answer));
  durability.committed({
    stored: [1],
    results: [
      [2, { inserted: ['a'] }],
      [3, { error: { message: 'bad device' } }],
    ],
  });
  await new Promise<void>((resolve) => durability.whenSent(resolve));
  expect(sent).toHaveLength(2);
  expect(sent[0]).toMatchObject({ failed: [1, 2] });
  expect((sent[0] as { error: string }).error).toMatch(/not known to be stored: the WAL could not be synced/);
  expect(sent[1]).toEqual({ stored: [], results: [[3, { error: { message: 'bad device' } }]] });
  durability.close();
});

test('whenSent with nothing held answers at once', async () => {
  const durability = walDurability(walFile(), () => {});
  await new Promise<void>((resolve) => durability.whenSent(resolve));
  durability.close();
});
