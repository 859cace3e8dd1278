import { z } from 'zod';

/**
 * A detection as the engine reports it. Until `@vigil/engine` exports its own type, this schema is the
 * contract; when it does, the engine's type must stay assignable to `Detection`.
 */
export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export const Severity = z.enum(SEVERITIES);
export type Severity = z.infer<typeof Severity>;

/** 1 (low) .. 4 (critical); 0 when there is no detection. Stored as `max_severity` for sorting. */
export function severityRank(severity: Severity | undefined): number {
  return severity ? SEVERITIES.indexOf(severity) + 1 : 0;
}

export const Detection = z
  .object({
    /** category slug, e.g. `self-harm`, `grooming`, `bullying` */
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
  .refine((d) => d.end >= d.start, { message: 'end must not be before start', path: ['end'] });
export type Detection = z.infer<typeof Detection>;
