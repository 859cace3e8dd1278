// The text model's second opinion on the rules: a rule reads a phrase, the model reads the whole
// text. When the model is sure there is nothing to report ("so wasted after sports day, need a
// nap"), a rule's severity-3 finding from a single phrase is lowered to 2: still logged for the
// DSL, no longer an alert. Concerns (severity 4 and 5) are never lowered, nor a finding whose rule
// needed a second piece of evidence nearby (`near`: "make the new girl cry" with "points for"):
// a rule written for that combination outranks a statistical reading of it.
import type { CompiledRules } from '../compiled.js';
import type { Detection } from '../types.js';
import { innocence, type ModelVerdict } from './classify.js';

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

export function secondOpinion(c: CompiledRules, verdict: ModelVerdict, found: Detection[]): Detection[] {
  const at = c.textModel?.data.innocent;
  if (at === undefined) return found;
  const p = innocence(verdict);
  if (p < at || found.every((d) => d.severity !== 3)) return found;
  const reason = `-1 the text model reads the whole text as innocent (${p.toFixed(3)}, lowers at ${at})`;
  return found.map((d) =>
    lowered(d.severity, secondGuessed(c, d.rule), p, at)
      ? { ...d, severity: 2, reasons: [...d.reasons, reason] }
      : d,
  );
}
