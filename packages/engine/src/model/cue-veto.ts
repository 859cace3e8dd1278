// Engine-wide cues that lower the text model's findings too (contexts.yaml `model: true`). A cue
// lowers a rule's finding only where a rule matched, so a model finding in words no rule reads is
// untouched by it: "the ice on the canal is thin" read as drugs by the model has no drugs rule to
// lower. A cue marked for the model counts as a rule's cue-lowering would (scan.ts
// addModelFindings): the finding is dropped unless the model is sure of its category.
import type { CompiledRules } from '../compiled.js';
import { CATEGORIES, type Detection } from '../types.js';
import { type Span, WordIndex } from '../words.js';

/**
 * Whether a cue marked for the model, of the finding's category, occurs within its `within` words
 * of the finding (anywhere in the text when it has no `within`; its `side` is not read: the
 * model's words are where it found the risk, not a hit a cue sits before or after).
 */
export function cueLowersModel(
  c: CompiledRules,
  text: string,
  d: Detection,
  spansOf: (wanted: Uint8Array) => readonly Span[],
): boolean {
  const bit = 1 << CATEGORIES.indexOf(d.category);
  const cues = c.cues.filter((cue) => cue.model === true && (cue.categories & bit) !== 0);
  if (cues.length === 0) return false;
  const wanted = new Uint8Array(c.lists);
  for (const cue of cues) {
    wanted[cue.list] = 1;
    if (cue.unless !== null) wanted[cue.unless] = 1;
  }
  const spans = spansOf(wanted);
  if (spans.length === 0) return false;
  const words = WordIndex.of(text);
  const w0 = words.at(d.start);
  const w1 = words.at(Math.max(d.start, d.end - 1));
  const gap = (s: Span): number => (s.w1 < w0 ? w0 - s.w1 : s.w0 > w1 ? s.w0 - w1 : 0);
  return cues.some((cue) =>
    spans.some(
      (s) =>
        s.list === cue.list &&
        (cue.within === null || gap(s) <= cue.within) &&
        !spans.some((u) => u.list === cue.unless && u.start <= s.start && s.end <= u.end),
    ),
  );
}
