// The normalised reading of a text as the automaton sees it, with a map back to the original:
// for inspection, tests and the console's "why" view. scan() does not build this string; it
// folds characters inside the matching loop.
import { SKIP, SPACE, symbolChar, symbolOf } from './alphabet.js';
import { identity, joinedView, mapEnd, mapStart, nfkcView, queryView, type View } from './views.js';

export interface Normalised {
  text: string;
  /** Original span of normalised character i. */
  start: number[];
  end: number[];
}

export function normalise(text: string, options: { join?: boolean } = {}): Normalised {
  let v: View = identity(text);
  v = queryView(v) ?? v;
  v = nfkcView(v) ?? v;
  if (options.join !== false) v = joinedView(v) ?? v;
  const out: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  let prev = SPACE;
  for (let i = 0; i < v.text.length; i++) {
    let x = symbolOf(v.text.charCodeAt(i));
    if (x > SKIP) x = SPACE;
    if (x === SKIP) continue;
    if (x === SPACE && prev === SPACE) continue;
    out.push(symbolChar(x));
    start.push(mapStart(v, i));
    end.push(mapEnd(v, i + 1));
    prev = x;
  }
  return { text: out.join(''), start, end };
}
