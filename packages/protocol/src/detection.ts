import { z } from 'zod';

/**
 * A detection as the engine reports it. Until `@vigil/engine` exports its own type, this schema is the
 * contract; when it does, the engine's type must stay assignable to `Detection`.
 */
/** 1 (lowest) .. 5 (most serious), as `@vigil/engine` scores them. */
export const Severity = z.number().int().min(1).max(5);
export type Severity = z.infer<typeof Severity>;

/** The highest severity among detections; 0 when there are none. Stored as `max_severity`. */
export function maxSeverity(detections: readonly { severity: number }[]): number {
  let max = 0;
  for (const d of detections) if (d.severity > max) max = d.severity;
  return max;
}

/**
 * What is wrong with a detection's span, checked apart from the schema because JSON Schema cannot
 * compare two fields: validators compiled from `z.toJSONSchema(...)` run it after the schema.
 */
export function detectionSpanIssue(d: { start: number; end: number }): string | undefined {
  return d.end >= d.start ? undefined : 'end must not be before start';
}

export const Detection = z
  .object({
    /** category slug, e.g. `self-harm`, `grooming`, `bullying` (the engine's CATEGORIES) */
    category: z.string().min(1).max(64),
    severity: Severity,
    /** the rule's id in the rules library */
    rule: z.string().min(1).max(200),
    /** the matched characters as they appear in `text` */
    match: z.string().max(1000),
    /** UTF-16 offsets into the capture's `text`: `text.slice(start, end)` is the match */
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    /** why the engine scored it as it did (context words, negations, ...) */
    reasons: z.array(z.string().max(500)).max(50).default([]),
  })
  .refine((d) => detectionSpanIssue(d) === undefined, {
    message: 'end must not be before start',
    path: ['end'],
  });
export type Detection = z.infer<typeof Detection>;
