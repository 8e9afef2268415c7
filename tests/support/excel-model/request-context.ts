import { checkFocus, PAYLOAD_LIMIT } from "./environment";
import { ExcelModelError, excelError, type ExcelErrorCode } from "./errors";
import type { WorkbookState } from "./workbook-state";

/**
 * Excel on the web refuses requests (and responses) whose payload exceeds 5 MB: "Resource limits and
 * performance optimization for Office Add-ins",
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins.
 */
export const REQUEST_PAYLOAD_LIMIT = PAYLOAD_LIMIT;

/** `Excel.RunOptions` as the model honours them. */
export interface ModelRunOptions {
  /** https://learn.microsoft.com/javascript/api/excel/excel.runoptions#excel-excel-runoptions-delayforcelledit-member */
  delayForCellEdit?: boolean;
}

/** A failure a test plans for one sync: after how many operations, and with which code. */
export interface PlannedFailure {
  afterOperations: number;
  code: ExcelErrorCode;
}

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
  /** Bytes of the values the sync's loads returned, as JSON. */
  responseBytes: number;
  labels: string[];
  failed?: string;
}

/** What a request context needs from the model that owns it. */
export interface ModelHost {
  readonly state: WorkbookState;
  recordSync(record: SyncRecord): number;
  plannedFailure(syncNumber: number): PlannedFailure | undefined;
}

/** UTF-8 bytes of a text, as a request or response carries it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdbff ? 2 : 3;
  }
  return bytes;
}

/**
 * The queue of one `run` batch: proxies enqueue actions; `sync` sends them, applying in order and
 * stopping at the first failure without undoing what was already applied, as Excel does: "The
 * second batch successfully inserts the third and fourth paragraphs but fails in the call to insert
 * the fifth paragraph. All other commands after the failed command in the batch are not executed"
 * (the example of OfficeExtension.Error, https://learn.microsoft.com/javascript/api/office/officeextension.error).
 */
export class RequestQueue {
  private pending: QueuedOperation[] = [];
  private closed = false;
  /** Increments per sync so proxies re-resolve derived ranges (used range, offsets) per request. */
  serial = 0;
  private responseBytes = 0;

  constructor(
    readonly host: ModelHost,
    private readonly options: ModelRunOptions = {}
  ) {}

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

  /** Counts what a load sends back, so a response over the limit fails as Excel on the web's does. */
  addResponse(bytes: number): void {
    this.responseBytes += bytes;
  }

  async sync(): Promise<void> {
    const operations = this.pending;
    this.pending = [];
    this.serial += 1;
    const bytes = utf8Length(JSON.stringify(operations.map((op) => [op.label, op.args])));
    const record: SyncRecord = {
      operations: operations.length,
      bytes,
      responseBytes: 0,
      labels: operations.map((op) => op.label),
    };
    const syncNumber = this.host.recordSync(record);
    await Promise.resolve();
    const environment = this.state.environment;
    if (environment.cellEdit) {
      // "When false, if the user is in cell edit when the batch request is processed by the host,
      // the batch automatically fails. When true, ... the batch request is delayed until the user
      // exits cell edit mode": Excel.RunOptions.delayForCellEdit (link above). The code is the one
      // Excel reports (OfficeDev/office-js#3388, https://github.com/OfficeDev/office-js/issues/3388).
      if (this.options.delayForCellEdit !== true) {
        record.failed = "InvalidOperationInCellEditMode";
        throw excelError("InvalidOperationInCellEditMode", "RequestContext.sync");
      }
      await new Promise<void>((resume) => environment.waitingForCellEdit.push(resume));
    }
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
    this.responseBytes = 0;
    for (let i = 0; i < limit; i += 1) {
      const op = operations[i];
      if (!op) continue;
      try {
        checkFocus(environment, op.label);
        op.apply();
      } catch (error) {
        if (error instanceof ExcelModelError) record.failed = `${error.code} at ${op.label}`;
        throw error;
      }
    }
    record.responseBytes = this.responseBytes;
    if (this.responseBytes > environment.responseLimitBytes) {
      record.failed = "ResponsePayloadSizeLimitExceeded";
      throw excelError(
        "ResponsePayloadSizeLimitExceeded",
        "RequestContext.sync",
        `The response is ${this.responseBytes} bytes; Excel on the web returns at most ${environment.responseLimitBytes}.`
      );
    }
    if (failure) {
      record.failed = `${failure.code} (planned)`;
      throw excelError(failure.code, "RequestContext.sync", "The sync failed as the test planned.");
    }
  }
}
