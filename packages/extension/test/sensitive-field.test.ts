import { describe, expect, test } from 'vitest';
import { classifyField, type FieldDescriptor } from '../src/lib/sensitive-field.js';

const field = (over: Partial<FieldDescriptor>): FieldDescriptor => ({
  tag: 'input',
  type: 'text',
  autocomplete: '',
  name: '',
  id: '',
  editable: false,
  ignored: false,
  wasPassword: false,
  ...over,
});

describe('classifyField', () => {
  test('ordinary text fields are watched', () => {
    expect(classifyField(field({}))).toBe('watch');
    expect(classifyField(field({ type: '' }))).toBe('watch');
    expect(classifyField(field({ type: 'search', name: 'q' }))).toBe('watch');
    expect(classifyField(field({ tag: 'textarea', type: '' }))).toBe('watch');
    expect(classifyField(field({ tag: 'div', type: '', editable: true }))).toBe('watch');
    expect(classifyField(field({ autocomplete: 'off', name: 'message' }))).toBe('watch');
  });

  test('passwords, including ones revealed by a show-password toggle', () => {
    expect(classifyField(field({ type: 'password' }))).toBe('sensitive');
    expect(classifyField(field({ type: 'text', wasPassword: true }))).toBe('sensitive');
    expect(classifyField(field({ autocomplete: 'current-password' }))).toBe('sensitive');
    expect(classifyField(field({ autocomplete: 'new-password' }))).toBe('sensitive');
    expect(classifyField(field({ name: 'user_password' }))).toBe('sensitive');
  });

  test('payment-card fields', () => {
    for (const ac of [
      'cc-number',
      'cc-csc',
      'cc-exp',
      'cc-name',
      'billing cc-number',
      'section-pay cc-exp-month',
    ]) {
      expect(classifyField(field({ autocomplete: ac }))).toBe('sensitive');
    }
    expect(classifyField(field({ name: 'cardnumber' }))).toBe('sensitive');
    expect(classifyField(field({ id: 'cvv' }))).toBe('sensitive');
  });

  test('fields a page marks sensitive', () => {
    expect(classifyField(field({ ignored: true }))).toBe('sensitive');
    expect(classifyField(field({ tag: 'div', editable: true, ignored: true }))).toBe('sensitive');
    expect(classifyField(field({ type: 'tel', autocomplete: 'off' }))).toBe('sensitive');
    expect(classifyField(field({ type: 'number', autocomplete: 'off' }))).toBe('sensitive');
    expect(classifyField(field({ autocomplete: 'one-time-code' }))).toBe('sensitive');
    expect(classifyField(field({ name: 'pin' }))).toBe('sensitive');
  });

  test('non-text inputs and other elements are not read', () => {
    for (const type of ['checkbox', 'radio', 'file', 'hidden', 'range', 'date', 'color', 'submit']) {
      expect(classifyField(field({ type }))).toBe('not-text');
    }
    expect(classifyField(field({ tag: 'div', type: '' }))).toBe('not-text');
  });
});
