/**
 * Tests that need PostgreSQL or Chromium may skip on a developer's machine that lacks them, with a
 * clear message; under CI=true a missing requirement is a failure, never a silent skip.
 */
export const inCi = process.env.CI === 'true';

export class MissingRequirement extends Error {}

export function requirementMissing(what: string, hint: string): string {
  const message = `${what} is not available (${hint})`;
  if (inCi) throw new MissingRequirement(`CI=true but ${message}`);
  console.warn(`skipping: ${message}`);
  return message;
}
