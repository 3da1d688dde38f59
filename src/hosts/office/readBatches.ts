/**
 * Runs read requests in as few syncs as Excel on the web's 5 MB response limit allows: requests are
 * packed into a sync until their estimated response reaches the budget. Reads change nothing, so a sync
 * Excel refuses (too large after all, or a merged-areas call over its limit) is simply asked again in
 * halves; a single request that still fails is divided, and one that cannot be divided gives up in its
 * own way (the cells say which cannot be read; merged areas and the ledger are reported as unread).
 */
import type { XlContext } from './excelApi';
import { SYNC_BUDGET_BYTES } from './payload';

export interface ReadRequest {
  /** Response bytes this request is expected to bring (measured rates where known). */
  estimate(): number;
  /**
   * Queue the loads; the returned function takes the results after a successful sync, and may return
   * further requests that what was read calls for (they join the queue).
   */
  queue(context: XlContext): () => ReadRequest[] | void;
  /** Whether this request may be why a sync failed with `error` (and smaller requests may pass). */
  mayFailWith(error: unknown): boolean;
  /** Smaller requests covering the same cells; null when it cannot be divided. */
  split(): ReadRequest[] | null;
  /** It failed alone and cannot be divided: record what could not be read, or throw. */
  giveUp(error: unknown): void;
}

export interface ReadOptions {
  budget?: number;
  /** Called after each successful sync (progress). */
  onSync?: () => void;
}

/** Object paths and actions stay small, but thousands of them in one request add up. */
const MAX_REQUESTS_PER_SYNC = 2000;
/** A sync refused this often means something other than size is wrong: stop asking. */
const MAX_REFUSED_SYNCS = 60;

export async function readAll(
  context: XlContext,
  requests: ReadRequest[],
  options: ReadOptions = {},
): Promise<void> {
  const budget = options.budget ?? SYNC_BUDGET_BYTES;
  let refused = 0;

  /** Sync one group; returns the requests its results call for. */
  const syncGroup = async (group: ReadRequest[]): Promise<ReadRequest[]> => {
    const finishers = group.map((r) => r.queue(context));
    try {
      await context.sync();
    } catch (error) {
      const suspects = group.filter((r) => r.mayFailWith(error));
      if (suspects.length === 0 || ++refused > MAX_REFUSED_SYNCS) throw error;
      if (group.length > 1) {
        const mid = Math.ceil(group.length / 2);
        return [...(await syncGroup(group.slice(0, mid))), ...(await syncGroup(group.slice(mid)))];
      }
      const parts = group[0].split();
      if (parts === null) {
        group[0].giveUp(error);
        return [];
      }
      await drain(parts);
      return [];
    }
    options.onSync?.();
    return finishers.flatMap((finish) => finish() ?? []);
  };

  /** Pack the queue front to back into syncs, estimating each request when its sync is packed. */
  const drain = async (queue: ReadRequest[]): Promise<void> => {
    const pending = [...queue];
    while (pending.length > 0) {
      const group: ReadRequest[] = [];
      let size = 0;
      while (pending.length > 0 && group.length < MAX_REQUESTS_PER_SYNC) {
        const next = pending[0];
        const bytes = next.estimate();
        if (group.length === 0 && bytes > budget) {
          const parts = next.split();
          if (parts !== null) {
            pending.splice(0, 1, ...parts);
            continue;
          }
        }
        if (group.length > 0 && size + bytes > budget) break;
        group.push(pending.shift() as ReadRequest);
        size += bytes;
      }
      pending.push(...(await syncGroup(group)));
    }
  };

  await drain(requests);
}
