/**
 * The reads the worker's start waits on, begun as this script starts (src/worker/index.ts imports
 * this module first), before the engine's modules set up their tables: which rules apply, and
 * their loaded form cached in IndexedDB. Imports nothing that runs code of its own.
 */
import { readCachedRules } from './rules-cache.js';

/** Which rules from the server are in use (chrome.storage.local; the rules are in IndexedDB). */
export interface UpdatedRules {
  version: string;
  etag?: string;
}
export const UPDATED_RULES = 'rules:updated';

export const earlyReads = {
  updated: chrome.storage.local
    .get([UPDATED_RULES])
    .then((got) => got[UPDATED_RULES] as UpdatedRules | undefined),
  cached: readCachedRules(),
};
