// Moves that are innocent alone and a concern together (RuleSet.combinations): "send me a pic" is
// one grooming move, "our little secret" another; a text with both is grooming whatever the
// distance between them, so the strongest of them is raised, with the moves named as the reason.
import type { Combination, Detection, Severity } from './types.js';

/** The kind of move a rule finds: the middle part of its id (grooming.images.request -> images). */
const moves = new Map<string, string>();
const moveOf = (ruleId: string): string => {
  let move = moves.get(ruleId);
  if (move === undefined) {
    move = ruleId.split('.')[1] ?? ruleId;
    // Rule ids are a library's (and a school's few): bounded, but a long-lived worker sees many schools.
    if (moves.size > 50_000) moves.clear();
    moves.set(ruleId, move);
  }
  return move;
};

/**
 * Raises, in place, the strongest detection of each combination's category when the detections
 * not lowered by context (`lowered` holds those that were) hold enough distinct moves.
 */
export function raiseCombined(
  combinations: readonly Combination[],
  detections: Detection[],
  lowered: ReadonlySet<Detection>,
): void {
  for (const combination of combinations) {
    const moves = new Map<string, Detection>();
    for (const d of detections) {
      if (d.category !== combination.category || lowered.has(d)) continue;
      const move = moveOf(d.rule);
      const held = moves.get(move);
      if (!held || d.severity > held.severity) moves.set(move, d);
    }
    if (moves.size < combination.moves) continue;
    const together = [...moves.values()].sort((a, b) => b.severity - a.severity || a.start - b.start);
    const strongest = together[0]!;
    if (strongest.severity >= combination.severity) continue;
    const named = together.map((d) => `'${d.match}' (${moveOf(d.rule)})`).join(', ');
    detections[detections.indexOf(strongest)] = {
      ...strongest,
      severity: Math.min(5, combination.severity) as Severity,
      reasons: [
        ...strongest.reasons,
        `+${combination.severity - strongest.severity} ${combination.reason}: ${named}`,
      ],
    };
  }
}
