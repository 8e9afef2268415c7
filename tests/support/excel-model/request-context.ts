import { ExcelModelError, excelError } from "./errors";
import type { WorkbookState } from "./workbook-state";

/** Excel on the web refuses requests whose payload exceeds 5 MB. */
export const REQUEST_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** One queued action, applied to the workbook when the batch syncs. */
export interface QueuedOperation {
  label: string;
  args: unknown;
  apply: () => void;
}

/** Per-sync statistics the model records for tests. */
export interface SyncRecord {
  operations: number;
  bytes: number;
  labels: string[];
  failed?: string;
}

/** What a request context needs from the model that owns it. */
export interface ModelHost {
  readonly state: WorkbookState;
  recordSync(record: SyncRecord): number;
  plannedFailure(syncNumber: number): { afterOperations: number } | undefined;
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdbff ? 2 : 3;
  }
  return bytes;
}

/**
 * The queue of one `run` batch: proxies enqueue actions; `sync` sends them, applying in order and
 * stopping at the first failure without undoing what was already applied, as Excel does.
 */
export class RequestQueue {
  private pending: QueuedOperation[] = [];
  private closed = false;
  /** Increments per sync so proxies re-resolve derived ranges (used range, offsets) per request. */
  serial = 0;

  constructor(readonly host: ModelHost) {}

  get state(): WorkbookState {
    return this.host.state;
  }

  get hasPending(): boolean {
    return this.pending.length > 0;
  }

  enqueue(operation: QueuedOperation): void {
    if (this.closed) {
      throw excelError(
        "InvalidObjectPath",
        operation.label,
        "The object was created in a batch that has finished; objects cannot be used across Excel.run calls."
      );
    }
    this.pending.push(operation);
  }

  close(): void {
    this.closed = true;
  }

  async sync(): Promise<void> {
    const operations = this.pending;
    this.pending = [];
    this.serial += 1;
    const bytes = utf8Length(JSON.stringify(operations.map((op) => [op.label, op.args])));
    const record: SyncRecord = {
      operations: operations.length,
      bytes,
      labels: operations.map((op) => op.label),
    };
    const syncNumber = this.host.recordSync(record);
    await Promise.resolve();
    if (bytes > REQUEST_PAYLOAD_LIMIT) {
      record.failed = "RequestPayloadSizeLimitExceeded";
      throw excelError(
        "RequestPayloadSizeLimitExceeded",
        "RequestContext.sync",
        `The request payload is ${bytes} bytes; Excel on the web accepts at most ${REQUEST_PAYLOAD_LIMIT}.`
      );
    }
    const failure = this.host.plannedFailure(syncNumber);
    const limit = failure
      ? Math.min(failure.afterOperations, operations.length)
      : operations.length;
    for (let i = 0; i < limit; i += 1) {
      const op = operations[i];
      if (!op) continue;
      try {
        op.apply();
      } catch (error) {
        if (error instanceof ExcelModelError) record.failed = `${error.code} at ${op.label}`;
        throw error;
      }
    }
    if (failure) {
      record.failed = "GeneralException (planned)";
      throw excelError(
        "GeneralException",
        "RequestContext.sync",
        "The sync failed as the test planned."
      );
    }
  }
}
