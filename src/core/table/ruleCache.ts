/**
 * Parsed rules kept across rows and workbooks: departments fill one template, so a review batch
 * parses the same few dozen rule texts thousands of times. A parse depends only on the (trimmed)
 * text and the step mode, which its restatement names; the weight, the input and the other settings
 * are applied after it, and nothing mutates a parsed rule, so a hit gives what parsing again would.
 * Bounded: the least recently used entry goes first, and an unusually long text is never kept.
 */
import { parseRule } from '../rules';
import type { StepMode } from '../settings';
import { lruMemo } from '../memo';

type Parsed = ReturnType<typeof parseRule>;

/** About 3 KB each for real rules (≤ 16 KB at the longest kept): a few MB at most. */
export const MAX_CACHED_RULES = 1000;
/** Real rules run to a few hundred characters. */
export const MAX_CACHED_TEXT = 1000;

// The key holds the step mode, which the restatement depends on; NUL never occurs in a cell's text.
const cache = lruMemo<Parsed>(MAX_CACHED_RULES, (key) => {
  const at = key.indexOf('\u0000');
  return parseRule(key.slice(at + 1), key.slice(0, at) as StepMode);
});

export function cachedParseRule(text: string, steps: StepMode): Parsed {
  if (text.length > MAX_CACHED_TEXT) return parseRule(text, steps);
  return cache.get(`${steps}\u0000${text}`);
}

/** How many parses are kept (for tests). */
export function cachedRuleCount(): number {
  return cache.size;
}
