// A long message with a concern buried in ordinary news ("drama club was fun, we're doing grease.
// been thinking tho, i looked up which bridge near us is the highest and i'm going there sunday.
// anyway what r u wearing to the disco"): read whole, the chat around it pulls the text model to
// the innocent reading. Such a text is also read two sentences at a time, and a window the model
// is sure is a safeguarding concern is reported (scan.ts withWindows). Session 20 (blind-27: four
// more of its critical lines found, no new false alert on any set; training's long innocent lines
// 22 -> 23 alerts of 1,032).

/** Shorter texts are read whole only; longer ones (a page's text) are not read again. */
export const WINDOW_MIN_CHARS = 160;
export const WINDOW_MAX_CHARS = 1500;
/** How sure of a safeguarding concern the model must be in a window to report it. */
export const WINDOW_CONCERN = 0.99;

// A sentence and the marks that end it.
const SENTENCE = /[^.!?\n]+[.!?\n]*/g;

/** [start, end) of each window of two sentences, or none where the text is not long enough to need them. */
export function sentenceWindows(text: string): [number, number][] {
  if (text.length < WINDOW_MIN_CHARS || text.length > WINDOW_MAX_CHARS) return [];
  const sentences: [number, number][] = [];
  SENTENCE.lastIndex = 0;
  for (let m = SENTENCE.exec(text); m !== null; m = SENTENCE.exec(text))
    if (/[\p{L}\p{N}]/u.test(m[0])) sentences.push([m.index, m.index + m[0].length]);
  if (sentences.length < 3) return [];
  return sentences.map(([start], i) => [start, sentences[Math.min(i + 1, sentences.length - 1)]![1]]);
}
