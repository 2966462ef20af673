/**
 * A bounded cache of engine results keyed on content (scenario hash, task, options). Concurrent requests
 * for the same key share one computation; failures are not cached.
 * @module
 */

/** A least-recently-used cache of promised results. */
export interface ResultCache {
  /** The cached result for `key`, computing it with `compute` on a miss. `hit` tells which happened. */
  get<T>(key: string, compute: () => Promise<T>): { value: Promise<T>; hit: boolean };
  readonly size: number;
}

/** Creates a cache holding at most `maxEntries` results (0 disables caching). */
export function createResultCache(maxEntries: number): ResultCache {
  const entries = new Map<string, Promise<unknown>>();
  return {
    get<T>(key: string, compute: () => Promise<T>) {
      const cached = entries.get(key) as Promise<T> | undefined;
      if (cached) {
        // Re-insert to mark as most recently used (Map iteration order is insertion order).
        entries.delete(key);
        entries.set(key, cached);
        return { value: cached, hit: true };
      }
      const value = compute();
      if (maxEntries > 0) {
        entries.set(key, value);
        value.catch(() => {
          if (entries.get(key) === value) entries.delete(key);
        });
        while (entries.size > maxEntries) {
          const oldest = entries.keys().next().value as string;
          entries.delete(oldest);
        }
      }
      return { value, hit: false };
    },
    get size() {
      return entries.size;
    },
  };
}
