// Emoji that stand for a word of the rules (🔪 knife, 🔫 gun, 🐒 monkey) read as that word, so a
// rule can meet "🔪 in my bag tmrw". Folding treats every emoji as a break between words. Emoji
// with everyday senses (🌿 a garden, ❄️ weather) are left out.
import { type View, ViewBuilder } from './views.js';

const WORDS: Record<string, string> = {
  '🔪': 'knife',
  '🗡️': 'knife',
  '🗡': 'knife',
  '🔫': 'gun',
  '💣': 'bomb',
  '🧨': 'bomb',
  '🩸': 'blood',
  '⚰️': 'coffin',
  '⚰': 'coffin',
  '🪦': 'grave',
  '💀': 'dead',
  '☠️': 'dead',
  '🐒': 'monkey',
  '🐵': 'monkey',
  '🦍': 'gorilla',
  '💊': 'pills',
  '💉': 'needle',
  '🍆': 'aubergine',
  '🍑': 'peach',
  '🍺': 'beer',
  '🍻': 'beers',
  '🍷': 'wine',
  '🥃': 'whisky',
  '🎰': 'slots',
  '🔞': 'eighteen plus',
  '🏳️‍🌈': 'pride flag',
};

// Longest first, so a sequence (🏳️‍🌈, ⚰️) wins over its first code point.
const KEYS = Object.keys(WORDS).sort((a, b) => b.length - a.length);

/** The text with each listed emoji read as its word (spaced apart); null when none occurs. */
export function emojiView(base: View): View | null {
  const text = base.text;
  let b: ViewBuilder | null = null;
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Every listed emoji starts with a surrogate or one of the few BMP symbols above (⚰ ☠ ❄).
    if (c < 0x2600) continue;
    const key = KEYS.find((k) => text.startsWith(k, i));
    if (!key) continue;
    b ??= new ViewBuilder(base);
    b.copy(last, i);
    b.replace(` ${WORDS[key]!} `, i, i + key.length);
    last = i + key.length;
    i = last - 1;
  }
  if (b === null) return null;
  b.copy(last, text.length);
  return b.build();
}
