// The text model's second opinion on the rules: a rule reads a phrase, the model reads the whole
// text. When the model is sure there is nothing to report ("so wasted after sports day, need a
// nap"), a rule's severity-3 finding from a single phrase is lowered to 2: still logged for the
// DSL, no longer an alert. Concerns (severity 4 and 5) are never lowered, nor a finding whose rule
// needed a second piece of evidence nearby (`near`: "make the new girl cry" with "points for"):
// a rule written for that combination outranks a statistical reading of it.
// The other way too: when the model's severity head is sure the text is a safeguarding concern
// and the model reads the rule's category in it ("she said she's going to cut tonight and went
// offline"), a rule's severity-3 finding is raised to 4, unless the rules themselves read those
// words as innocent or milder (their context wins, as it does over the model's own findings).
import type { CompiledRules } from '../compiled.js';
import type { Category, Detection } from '../types.js';
import { overlaps, type Span } from '../words.js';
import { innocence, type ModelVerdict } from './classify.js';
import type { TextModel } from './text-model.js';

// Rules with a near condition, per rule set.
const firmCache = new WeakMap<CompiledRules, Set<string>>();

function firmRules(c: CompiledRules): Set<string> {
  let firm = firmCache.get(c);
  if (!firm) {
    firm = new Set(c.rules.filter((r) => r.near !== null).map((r) => r.id));
    firmCache.set(c, firm);
  }
  return firm;
}

/** Whether the second opinion may lower this rule's findings. */
export const secondGuessed = (c: CompiledRules, ruleId: string): boolean => !firmRules(c).has(ruleId);

/** Does the second opinion lower a finding at `severity` (from a rule it may second-guess)? */
export const lowered = (severity: number, guessed: boolean, innocence: number, at: number): boolean =>
  severity === 3 && guessed && innocence >= at;

/** The model's probability of a category it may grade a concern (0 for any other): what `raised` weighs. */
export function concernShare(model: TextModel, probabilities: ArrayLike<number>, category: Category): number {
  const cls = model.data.classes.indexOf(category);
  return cls < 0 || !model.concern.has(category) ? 0 : probabilities[cls]!;
}

/** Does the second opinion raise a severity-3 finding of a category the model gives `share`? */
export const raised = (
  severity: number,
  concern: number,
  share: number,
  at: { concern: number; share: number } | undefined,
): boolean => severity === 3 && at !== undefined && concern >= at.concern && share >= at.share;

/** `vetoes`: spans the rules read as innocent or milder (score.ts); a finding over one is never raised. */
export function secondOpinion(
  c: CompiledRules,
  verdict: ModelVerdict,
  found: Detection[],
  vetoes: Span[] = [],
): Detection[] {
  const model = c.textModel;
  if (!model || found.every((d) => d.severity !== 3)) return found;
  const at = model.data.innocent;
  const p = innocence(verdict);
  if (at !== undefined && p >= at) {
    const reason = `-1 the text model reads the whole text as innocent (${p.toFixed(3)}, lowers at ${at})`;
    return found.map((d) =>
      lowered(d.severity, secondGuessed(c, d.rule), p, at)
        ? { ...d, severity: 2, reasons: [...d.reasons, reason] }
        : d,
    );
  }
  const raise = model.data.raise;
  if (!raise || verdict.concern < raise.concern) return found;
  return found.map((d) => {
    // Only a severity-3 finding can be raised: the others skip the model's class lookup.
    if (d.severity !== 3) return d;
    const share = concernShare(model, verdict.probabilities, d.category);
    if (!raised(d.severity, verdict.concern, share, raise)) return d;
    if (vetoes.some((v) => overlaps(v, d))) return d;
    const reason = `+1 the text model reads a safeguarding concern (${verdict.concern.toFixed(2)}, raises at ${raise.concern}) in ${d.category} (${share.toFixed(2)})`;
    return { ...d, severity: 4, reasons: [...d.reasons, reason] };
  });
}
