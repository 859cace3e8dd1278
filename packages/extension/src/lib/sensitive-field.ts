/**
 * Which fields the content script may read. Passwords, payment-card fields and fields a page
 * marks sensitive are never read; neither are non-text inputs (checkboxes, files, dates...).
 */
export interface FieldDescriptor {
  /** lower-case tag name */
  tag: string;
  /** input type attribute, lower-case ('' when absent) */
  type: string;
  /** autocomplete attribute, lower-case ('' when absent) */
  autocomplete: string;
  name: string;
  id: string;
  /** true for a contenteditable host */
  editable: boolean;
  /** the field or an ancestor carries data-vigil-ignore */
  ignored: boolean;
  /** the field was a password field at some point (a "show password" toggle turns it into text) */
  wasPassword: boolean;
}

export type FieldVerdict = 'watch' | 'sensitive' | 'not-text';

const TEXT_INPUT_TYPES = new Set(['', 'text', 'search', 'email', 'url', 'tel', 'number']);

/** Types where `autocomplete=off` means the page is hiding a secret (PINs, codes, card numbers). */
const SENSITIVE_WHEN_AUTOCOMPLETE_OFF = new Set(['tel', 'number', 'password']);

const SENSITIVE_AUTOCOMPLETE = /(^|\s)(cc-[a-z-]+|current-password|new-password|one-time-code)(\s|$)/;

/** Names and ids that give away a secret even without autocomplete hints. */
const SENSITIVE_NAME =
  /(passw|passwd|pwd|card.?num|cardnumber|credit.?card|ccnum|cc-?num|cvv|cvc|csc|security.?code|expiry|exp.?date|iban|sort.?code|account.?number|\bpin\b|otp|one.?time|ssn|social.?security|national.?insurance)/i;

export function classifyField(field: FieldDescriptor): FieldVerdict {
  if (field.ignored) return 'sensitive';
  if (field.wasPassword || field.type === 'password') return 'sensitive';
  if (SENSITIVE_AUTOCOMPLETE.test(field.autocomplete)) return 'sensitive';
  if (field.tag === 'input') {
    if (!TEXT_INPUT_TYPES.has(field.type)) return 'not-text';
    if (field.autocomplete === 'off' && SENSITIVE_WHEN_AUTOCOMPLETE_OFF.has(field.type)) return 'sensitive';
  } else if (field.tag !== 'textarea' && !field.editable) {
    return 'not-text';
  }
  if (SENSITIVE_NAME.test(field.name) || SENSITIVE_NAME.test(field.id)) return 'sensitive';
  return 'watch';
}
