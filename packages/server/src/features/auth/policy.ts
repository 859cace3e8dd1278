import { z } from 'zod';

/**
 * The security policy of an organisation. Defaults follow the school password-security policy in
 * the source documents: at least 8 characters, three of four character classes, no names, locked
 * after six consecutive failures, the last four passwords not reused, temporary passwords changed at
 * first sign-in, optional expiry of 60-90 days.
 */
export const securityPolicySchema = z.object({
  minLength: z.number().int().min(8).max(128).default(8),
  minClasses: z.number().int().min(1).max(4).default(3),
  rejectName: z.boolean().default(true),
  rejectCommon: z.boolean().default(true),
  lockoutThreshold: z.number().int().min(1).max(100).default(6),
  /** After this cool-off a locked account unlocks by itself; an administrator can unlock sooner. */
  lockoutMinutes: z
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60)
    .default(30),
  historyCount: z.number().int().min(0).max(24).default(4),
  /** null: passwords do not expire. */
  expiryDays: z.number().int().min(1).max(365).nullable().default(null),
  requireTotpForContent: z.boolean().default(true),
  requireTotpForAll: z.boolean().default(false),
  idleMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  absoluteHours: z
    .number()
    .int()
    .min(1)
    .max(7 * 24)
    .default(12),
});

export type SecurityPolicy = z.infer<typeof securityPolicySchema>;

export const defaultSecurityPolicy: SecurityPolicy = securityPolicySchema.parse({});

export function parseSecurityPolicy(json: string | null | undefined): SecurityPolicy {
  if (!json) return defaultSecurityPolicy;
  try {
    return securityPolicySchema.parse(JSON.parse(json));
  } catch {
    return defaultSecurityPolicy;
  }
}
