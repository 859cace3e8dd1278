/**
 * The rules in use, kept in IndexedDB as the engine's loaded form (a structured clone: typed arrays
 * are stored as they are), so a restarted worker is ready without parsing JSON or building tables;
 * reading it is quicker than fetching the packaged rules file again. One entry, keyed by the engine
 * build that loaded it and where the rules came from (the packaged file or a server update).
 * A server update's compiled JSON is kept too, to load it again when the extension's engine has
 * changed since (the loaded form belongs to the engine build that made it).
 */
import type { LoadedRules } from './engine-adapter.js';

const DB_NAME = 'vigil-rules';
const DB_VERSION = 2;
const STORE = 'rules';
const LOADED = 'loaded';
const SOURCE = 'update-source';

/** The loaded form of the rules in use. */
export interface CachedRules {
  /** the engine build that loaded them and where they came from (see the worker's rulesKey) */
  key: string;
  loaded: LoadedRules;
}

/** The compiled rules as the server sent them. */
export interface UpdateSource {
  version: string;
  compiled: unknown;
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      // Version 1 kept one entry of whatever rules were loaded last, in another store.
      for (const name of [...db.objectStoreNames]) db.deleteObjectStore(name);
      db.createObjectStore(STORE);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function withStore<T>(
  mode: IDBTransactionMode,
  body: (store: IDBObjectStore) => IDBRequest | undefined,
): Promise<T | undefined> {
  const db = await open();
  try {
    return await new Promise<T | undefined>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = body(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request?.result as T | undefined);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

async function read<T>(key: string): Promise<T | undefined> {
  try {
    return await withStore<T>('readonly', (store) => store.get(key));
  } catch (error) {
    console.warn('vigil: could not read the rules cache', error);
    return undefined;
  }
}

export const readCachedRules = (): Promise<CachedRules | undefined> => read<CachedRules>(LOADED);
export const readUpdateSource = (): Promise<UpdateSource | undefined> => read<UpdateSource>(SOURCE);

/**
 * Stores the loaded rules and, for a server update, its source (in one transaction). Resolves
 * true once stored.
 */
export async function writeCachedRules(entry: CachedRules, source?: UpdateSource): Promise<boolean> {
  try {
    await withStore('readwrite', (store) => {
      store.put(entry, LOADED);
      if (source) store.put(source, SOURCE);
      return undefined;
    });
    return true;
  } catch (error) {
    // Not cloneable or no space: the next start loads them again.
    console.warn('vigil: could not store the loaded rules', error);
    return false;
  }
}

/** Forgets a server update (the packaged rules apply again). */
export async function clearCachedUpdate(): Promise<void> {
  try {
    await withStore('readwrite', (store) => {
      store.delete(LOADED);
      store.delete(SOURCE);
      return undefined;
    });
  } catch {
    // nothing stored
  }
}
