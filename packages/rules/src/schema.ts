// The rule file formats (FORMAT.md) as zod schemas: what a file may contain, checked at load.
import { AGE_BANDS, CATEGORIES, SOURCES } from '@vigil/engine';
import { z } from 'zod';

// YAML reads `- 1488` as a number; a pattern or example is always text.
const text = z.union([z.string(), z.number()]).transform((v) => String(v));
const texts = z.array(text);

const contextModifier = z
  .object({
    patterns: z.array(text).min(1),
    within: z.number().int().min(0).max(100).optional(),
    adjust: z.number().int().min(-5).max(5),
    reason: z.string().min(1),
  })
  .strict();

const nearCondition = z
  .object({ within: z.number().int().min(1).max(100), patterns: z.array(text).min(1) })
  .strict();

export const ruleSchema = z
  .object({
    id: z
      .string()
      .regex(
        /^[a-z0-9]+(?:[._-][a-z0-9]+)+$/,
        'an id is dotted lower-case words, e.g. suicide.intent.kill-self',
      ),
    category: z.enum(CATEGORIES).optional(),
    severity: z.number().int().min(1).max(5),
    description: z.string().optional(),
    patterns: texts.optional(),
    // One condition, or a list of conditions that must all hold.
    near: z.union([nearCondition, z.array(nearCondition).min(1).max(4)]).optional(),
    unless: texts.optional(),
    context: z.array(contextModifier).optional(),
    person: z.enum(['first', 'any']).optional(),
    ages: z.array(z.enum(AGE_BANDS)).optional(),
    languages: z.array(z.string()).optional(),
    source: z.union([z.enum(SOURCES), z.array(z.enum(SOURCES))]).optional(),
    domains: z
      .array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i, 'a domain is a host name like example.com'))
      .optional(),
    weight: z.number().optional(),
    ignore_cues: z.array(z.string().min(1)).optional(),
    examples: z
      .object({ match: texts.optional(), no_match: texts.optional(), quiet: texts.optional() })
      .strict()
      .optional(),
  })
  .strict()
  .refine((r) => (r.patterns?.length ?? 0) > 0 || (r.domains?.length ?? 0) > 0, {
    message: 'a rule needs patterns or domains',
  });

export const categoryFileSchema = z
  .object({
    category: z.enum(CATEGORIES),
    rules: z.array(ruleSchema),
  })
  .strict();

export const contextsFileSchema = z
  .object({
    contexts: z.array(
      z
        .object({
          id: z.string().min(1),
          adjust: z.number().int().min(-5).max(5),
          within: z.number().int().min(0).max(100).optional(),
          side: z.enum(['before', 'after', 'both']).optional(),
          categories: z.array(z.enum(CATEGORIES)).min(1),
          patterns: z.array(text).min(1),
          unless: z.array(text).optional(),
          reason: z.string().min(1),
          model: z.boolean().optional(),
          voids: z.array(z.string().min(1)).min(1).optional(),
          exempts: z.boolean().optional(),
        })
        .strict(),
    ),
    combinations: z
      .array(
        z
          .object({
            category: z.enum(CATEGORIES),
            moves: z.number().int().min(2).max(10),
            severity: z.number().int().min(1).max(5),
            reason: z.string().min(1),
          })
          .strict(),
      )
      .optional(),
  })
  .strict();

/** Named word lists a pattern uses as `{name}` (lexicons.yaml). */
export const lexiconsFileSchema = z
  .object({
    lexicons: z.record(
      z.string().regex(/^[a-z][a-z0-9_]*$/, 'a lexicon name is lower-case letters, digits and _'),
      z.array(text).min(1),
    ),
  })
  .strict();

export type RuleInput = z.infer<typeof ruleSchema>;
