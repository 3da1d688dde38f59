/**
 * The Excel fake's batches and what they cost on the wire. Excel on the web sends a batch as one JSON
 * request (object paths + actions) and answers with one JSON response (a result per action that returns
 * something); each is limited to 5 MB
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 * The sizes below estimate that JSON in UTF-8 bytes: the fixed parts of an object path
 * (`{"Id":7,"ObjectPathType":3,"Name":"getRange","ParentObjectPathId":6,"ArgumentInfo":{"Arguments":[…]}}`),
 * of an action (`{"Id":8,"ActionType":4,"Name":"formulas","ObjectPathId":7,"ArgumentInfo":{"Arguments":[…]}}`)
 * and of a result (`{"ActionId":8,"Value":…}`), plus the JSON of their arguments and values.
 */
import type { FakeExcel } from './fakeExcel';
import { jsonBytes } from './payload';

/** An error shaped like `OfficeExtension.Error`: the adapter looks at `code`. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

export interface FakeFailure {
  /** Operations of that sync that run before the failure. */
  afterOps: number;
  code: string;
  message?: string;
}

export const WIRE = {
  /** A proxy created by a method call (getItem, getRange, getUsedRangeOrNullObject…). */
  path: (args: unknown[]) => 90 + jsonBytes(args),
  /** A load, a property set or a method call. */
  action: (args: unknown) => 80 + jsonBytes(args),
  /** What an action returns. */
  result: (value: unknown) => 30 + jsonBytes(value),
  /** `{"Actions":[…],"ObjectPaths":{…}}` / `{"Results":[…]}` around them. */
  envelope: 40,
};

interface QueuedOp {
  /** Runs the operation; what it returns (undefined: nothing) goes into the response. */
  run: () => unknown;
}

export interface TakenBatch {
  ops: QueuedOp[];
  requestBytes: number;
  /** The sync succeeded: deliver what was loaded and decide the null objects. */
  succeed(): void;
}

/**
 * One request context: proxies queue operations here; each sync takes the queue. What a load read is
 * delivered only when its whole sync succeeds, as Office returns nothing from a failed batch.
 */
export class Session {
  private ops: QueuedOp[] = [];
  private requestBytes = WIRE.envelope;
  private nullDecisions: (() => void)[] = [];
  private deliveries: (() => void)[] = [];

  constructor(readonly excel: FakeExcel) {}

  queue(run: () => unknown, bytes: number): void {
    this.ops.push({ run });
    this.requestBytes += bytes;
  }

  path(args: unknown[]): void {
    this.requestBytes += WIRE.path(args);
  }

  /** Called at creation of an *OrNullObject proxy: its null-ness is decided at the next successful sync. */
  watchNull(decide: () => void): void {
    this.nullDecisions.push(decide);
  }

  /** Called while a sync runs: what to deliver if it succeeds. */
  onSuccess(deliver: () => void): void {
    this.deliveries.push(deliver);
  }

  get pending(): number {
    return this.ops.length;
  }

  take(): TakenBatch {
    const ops = this.ops;
    const requestBytes = this.requestBytes;
    const nullDecisions = this.nullDecisions;
    this.ops = [];
    this.requestBytes = WIRE.envelope;
    this.nullDecisions = [];
    this.deliveries = [];
    return {
      ops,
      requestBytes,
      succeed: () => {
        for (const deliver of this.deliveries.splice(0)) deliver();
        for (const decide of nullDecisions) decide();
      },
    };
  }
}
