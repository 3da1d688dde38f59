/**
 * Results kept by their text: a batch of workbooks filled from one template repeats the same rule
 * texts, 指标解释 and labels thousands of times. Bounded: the least recently used entry goes first.
 * Only for pure computations whose results nobody mutates, so a hit gives what computing again would.
 */
export interface Memo<V> {
  get(key: string): V;
  readonly size: number;
}

export function lruMemo<V>(limit: number, compute: (key: string) => V): Memo<V> {
  const kept = new Map<string, V>();
  return {
    get(key) {
      if (kept.has(key)) {
        const hit = kept.get(key) as V;
        // A Map iterates in insertion order: inserted again, the entry is the most recently used.
        kept.delete(key);
        kept.set(key, hit);
        return hit;
      }
      const value = compute(key);
      if (kept.size >= limit) kept.delete(kept.keys().next().value as string);
      kept.set(key, value);
      return value;
    },
    get size() {
      return kept.size;
    },
  };
}
