import { Capture } from '@vigil/protocol';
import { newAgentId } from '@vigil/protocol/ids';
import { expect, test } from 'vitest';

test('agent ids are UUIDv7 that the capture schema accepts, in the order they were made', () => {
  const ids = Array.from({ length: 2000 }, () => newAgentId());
  for (const id of ids.slice(0, 20)) {
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(Capture.shape.id.safeParse(id).success).toBe(true);
  }
  expect(new Set(ids).size).toBe(ids.length);
  // Made within the same millisecond or not, each sorts after the one before: the index's end.
  expect([...ids].sort()).toEqual(ids);
});

test('an agent id begins with the time it was made', () => {
  const before = Date.now();
  const id = newAgentId();
  const ms = Number.parseInt(id.replace(/-/g, '').slice(0, 12), 16);
  expect(ms).toBeGreaterThanOrEqual(before);
  expect(ms).toBeLessThanOrEqual(Date.now());
});
