/**
 * Keeps the engine's loaded rules in IndexedDB (structured clone: typed arrays are stored as they
 * are), so a restarted worker is ready without parsing the JSON or building tables again. One
 * entry, keyed by where the rules came from; anything unusable falls back to loading.
 */
import type { LoadedRules } from './engine-adapter.js';

const DB_NAME = 'vigil-rules';
const STORE = 'loaded';
const KEY = 'current';

interface Entry {
  key: string;
  loaded: LoadedRules;
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** The cached entry whatever its key (started before the key is known, to overlap the reads). */
export async function readCachedEntry(): Promise<{ key: string; loaded: LoadedRules } | undefined> {
  try {
    const db = await open();
    try {
      return await new Promise<Entry | undefined>((resolve, reject) => {
        const request = db.transaction(STORE, 'readonly').objectStore(STORE).get(KEY);
        request.onsuccess = () => resolve(request.result as Entry | undefined);
        request.onerror = () => reject(request.error);
      });
    } finally {
      db.close();
    }
  } catch {
    return undefined;
  }
}

/** Stores `loaded`; resolves true when it is stored. */
export async function writeCachedRules(key: string, loaded: LoadedRules): Promise<boolean> {
  try {
    const db = await open();
    try {
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(STORE, 'readwrite');
        tx.objectStore(STORE).put({ key, loaded } satisfies Entry, KEY);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error);
      });
    } finally {
      db.close();
    }
    return true;
  } catch (error) {
    // Not cloneable or no space: the next start loads from JSON again.
    console.warn('vigil: could not cache the loaded rules', error);
    return false;
  }
}
