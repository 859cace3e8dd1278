/**
 * The content script (every frame, about:blank included). It only watches and forwards: typed text
 * per field after a pause, page titles and visible text (throttled), Google Docs keystrokes. The
 * engine runs in the service worker, so a keystroke costs a map lookup and a timer reset here.
 * Password, payment-card and sensitive-marked fields are never read.
 */
import { keyedDebouncer, throttle } from '../lib/debounce.js';
import { TypedTextBuffer } from '../lib/docs-keystrokes.js';
import { classifyField, type FieldVerdict } from '../lib/sensitive-field.js';
import type { ProtectMessage, TextMessage, TextSource } from '../shared/messages.js';
import { showProtection } from './overlay.js';

const TYPING_PAUSE_MS = 800;
const TYPING_MAX_WAIT_MS = 4_000;
const PAGE_TEXT_INTERVAL_MS = 5_000;
const MAX_FIELD_CHARS = 20_000;
const MAX_PAGE_CHARS = 200_000;

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLElement;

function send(source: TextSource, text: string, where: string): void {
  const message: TextMessage = { type: 'vigil:text', source, text, where, url: location.href };
  try {
    chrome.runtime.sendMessage(message).catch(() => undefined);
  } catch {
    // the extension was reloaded or removed: this script is orphaned
  }
}

// ---- fields ----

interface Known {
  type: string;
  verdict: FieldVerdict;
  wasPassword: boolean;
  id: number;
  lastSent?: string;
}

const known = new WeakMap<Element, Known>();
let nextFieldId = 1;

function verdictFor(el: Element): Known {
  const type = el instanceof HTMLInputElement ? el.type.toLowerCase() : '';
  const cached = known.get(el);
  if (cached && cached.type === type) return cached;
  const wasPassword = (cached?.wasPassword ?? false) || cached?.type === 'password';
  const verdict = classifyField({
    tag: el.localName,
    type: el instanceof HTMLInputElement ? (el.getAttribute('type') ?? '').toLowerCase() : '',
    autocomplete: (el.getAttribute('autocomplete') ?? '').toLowerCase(),
    name: el.getAttribute('name') ?? '',
    id: el.id,
    editable: el instanceof HTMLElement && el.isContentEditable,
    ignored: el.closest('[data-vigil-ignore]') !== null,
    wasPassword: wasPassword || type === 'password',
  });
  const entry: Known = {
    type,
    verdict,
    wasPassword: wasPassword || type === 'password',
    id: cached?.id ?? nextFieldId++,
  };
  known.set(el, entry);
  return entry;
}

function fieldText(el: Field): string {
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) return el.value;
  // biome-ignore lint/performance/useDomNodeTextContent: the text as typed, with line breaks
  return el.innerText;
}

const fields = keyedDebouncer<Field>(
  (el) => {
    const entry = verdictFor(el);
    if (entry.verdict !== 'watch') return;
    const text = fieldText(el).slice(-MAX_FIELD_CHARS);
    if (!text.trim() || text === entry.lastSent) return;
    entry.lastSent = text;
    send('typed', text, `field:${entry.id}`);
  },
  TYPING_PAUSE_MS,
  TYPING_MAX_WAIT_MS,
);

let lastField: Field | undefined;

function fieldOf(event: Event): Field | undefined {
  const target = event.composedPath()[0];
  if (!(target instanceof Element)) return undefined;
  if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) return target;
  if (target instanceof HTMLElement && target.isContentEditable) {
    return (target.closest('[contenteditable]') as HTMLElement | null) ?? target;
  }
  return undefined;
}

function onInput(event: Event): void {
  const el = fieldOf(event);
  if (!el) return;
  if (verdictFor(el).verdict !== 'watch') return;
  lastField = el;
  fields.touch(el);
}

function flushLast(): void {
  if (lastField) fields.flush(lastField);
}

document.addEventListener('input', onInput, true);
document.addEventListener(
  'focusout',
  (event) => {
    const el = fieldOf(event);
    if (el) fields.flush(el);
  },
  true,
);
document.addEventListener('submit', flushLast, true);
window.addEventListener('pagehide', flushLast, true);

// ---- Google Docs: its typing goes to a hidden text-event iframe ----

function isDocsTextEventFrame(): boolean {
  try {
    const frame = window.frameElement;
    return Boolean(frame?.classList.contains('docs-texteventtarget-iframe'));
  } catch {
    return false;
  }
}

if (isDocsTextEventFrame()) {
  const buffer = new TypedTextBuffer();
  const docsKey = {};
  let lastSent = '';
  const docs = keyedDebouncer<object>(
    () => {
      const text = buffer.value();
      if (!text.trim() || text === lastSent) return;
      lastSent = text;
      send('typed', text, 'google-docs');
    },
    TYPING_PAUSE_MS,
    TYPING_MAX_WAIT_MS,
  );
  document.addEventListener(
    'keydown',
    (event) => {
      if (buffer.key(event)) docs.touch(docsKey);
    },
    true,
  );
  document.addEventListener(
    'paste',
    (event) => {
      if (buffer.insert(event.clipboardData?.getData('text/plain') ?? '')) docs.touch(docsKey);
    },
    true,
  );
}

// ---- page titles and visible text ----

let lastTitle = '';
let lastPageText = '';

function sendPage(): void {
  if (document.visibilityState === 'hidden' && lastPageText) return;
  if (window === window.top && document.title && document.title !== lastTitle) {
    lastTitle = document.title;
    send('title', lastTitle, 'title');
  }
  const body = document.body;
  if (!body) return;
  // biome-ignore lint/performance/useDomNodeTextContent: only the rendered, visible text is what the pupil sees
  const text = body.innerText.slice(0, MAX_PAGE_CHARS);
  if (!text.trim() || text === lastPageText) return;
  lastPageText = text;
  send('page', text, 'page');
}

const pageChanged = throttle(sendPage, PAGE_TEXT_INTERVAL_MS);

function watchPage(): void {
  sendPage();
  new MutationObserver(pageChanged).observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  document.addEventListener('visibilitychange', pageChanged);
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', watchPage, { once: true });
} else {
  watchPage();
}

// ---- primary-school protection ----

if (window === window.top) {
  chrome.runtime.onMessage.addListener((message: ProtectMessage) => {
    if (message?.type === 'vigil:protect') showProtection();
  });
}
