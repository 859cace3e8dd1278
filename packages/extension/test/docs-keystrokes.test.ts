import { describe, expect, test } from 'vitest';
import { TypedTextBuffer } from '../src/lib/docs-keystrokes.js';

const type = (buffer: TypedTextBuffer, keys: string[]) => {
  for (const key of keys) buffer.key({ key });
};

describe('TypedTextBuffer', () => {
  test('rebuilds typed text with backspace and enter', () => {
    const b = new TypedTextBuffer();
    type(b, [...'i want to dye', 'Backspace', 'Backspace', 'i', 'e', 'Enter', 'o', 'k']);
    expect(b.value()).toBe('i want to die\nok');
  });

  test('ignores navigation keys and shortcuts, ctrl+backspace deletes a word', () => {
    const b = new TypedTextBuffer();
    type(b, ['Shift', ...'hello', 'ArrowLeft', 'Control', 'F5']);
    expect(b.key({ key: 'c', ctrlKey: true })).toBe(false);
    type(b, [' ', ...'world']);
    b.key({ key: 'Backspace', ctrlKey: true });
    expect(b.value()).toBe('hello ');
  });

  test('pastes append; the buffer is bounded', () => {
    const b = new TypedTextBuffer(10);
    b.insert('0123456789');
    b.insert('abc');
    expect(b.value()).toBe('3456789abc');
    expect(b.key({ key: 'Backspace' })).toBe(true);
    b.clear();
    expect(b.key({ key: 'Backspace' })).toBe(false);
  });

  test('non-BMP characters (emoji) count as one key', () => {
    const b = new TypedTextBuffer();
    b.key({ key: '😀' });
    expect(b.value()).toBe('😀');
  });
});
