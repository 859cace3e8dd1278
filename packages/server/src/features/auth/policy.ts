import { z } from 'zod';

/**
 * The security policy of an organisation. Defaults follow the school password-security policy in
 * the source documents: at least 8 characters, three of four character classes, no names, locked
 * after six consecutive failures, the last four passwords not reused, temporary passwords changed at
 * first sign-in, optional expiry of 60-90 days.
 */
const fields = {
  minLength: z.number().int().min(8).max(128),
  minClasses: z.number().int().min(1).max(4),
  rejectName: z.boolean(),
  rejectCommon: z.boolean(),
  lockoutThreshold: z.number().int().min(1).max(100),
  /** After this cool-off a locked account unlocks by itself; an administrator can unlock sooner. */
  lockoutMinutes: z
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60),
  historyCount: z.number().int().min(0).max(24),
  /** null: passwords do not expire. */
  expiryDays: z.number().int().min(1).max(365).nullable(),
  requireTotpForContent: z.boolean(),
  requireTotpForAll: z.boolean(),
  idleMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  absoluteHours: z
    .number()
    .int()
    .min(1)
    .max(7 * 24),
};

export const defaultSecurityPolicy = {
  minLength: 8,
  minClasses: 3,
  rejectName: true,
  rejectCommon: true,
  lockoutThreshold: 6,
  lockoutMinutes: 30,
  historyCount: 4,
  expiryDays: null,
  requireTotpForContent: true,
  requireTotpForAll: false,
  idleMinutes: 30,
  absoluteHours: 12,
} satisfies Record<keyof typeof fields, unknown>;

export const securityPolicySchema = z.object(fields);
/** A change to some settings (PATCH). */
export const securityPolicyPatchSchema = z.object(fields).partial().strict();

export type SecurityPolicy = z.infer<typeof securityPolicySchema>;

export function parseSecurityPolicy(json: string | null | undefined): SecurityPolicy {
  if (!json) return defaultSecurityPolicy;
  try {
    return securityPolicySchema.parse({ ...defaultSecurityPolicy, ...JSON.parse(json) });
  } catch {
    return defaultSecurityPolicy;
  }
}
