import type { Store } from "../shared/contract";

/** localStorage, or null where the browser blocks it (some privacy modes, sandboxed frames). */
export function localStorageOrNull(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}

/**
 * JSON values under `parley:<site>:` in localStorage, or in a plain object (values then last as long
 * as the page). Property access works on both; a failing write (quota) keeps the old value.
 */
export function createStore(siteKey: string, storage: Record<string, string>): Store {
  const prefix = `parley:${siteKey}:`;
  return {
    get(key) {
      try {
        return JSON.parse(storage[prefix + key] as string);
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      try {
        storage[prefix + key] = JSON.stringify(value);
      } catch {
        // Full: this page keeps working from memory.
      }
    },
    del(key) {
      delete storage[prefix + key];
    },
    clear() {
      for (const key of Object.keys(storage)) if (key.startsWith(prefix)) delete storage[key];
    },
  };
}
