import { parseAddress } from "./a1";
import type { CellValue } from "./cell-value";
import { WorkbookInspector } from "./inspect";
import { ExcelModelContext } from "./model-context";
import type { ExcelErrorCode } from "./errors";
import { evaluateReference } from "./evaluate-reference";
import {
  type ModelRunOptions,
  type PlannedFailure,
  RequestQueue,
  type SyncRecord,
} from "./request-context";
import { type WorkbookSnapshot, workbookSnapshot } from "./snapshot";
import { WorkbookState } from "./workbook-state";

export { ExcelModelError } from "./errors";
export type { ExcelErrorCode } from "./errors";
export type { ExcelModelContext } from "./model-context";
export type { ModelRunOptions, SyncRecord } from "./request-context";
export type { WorkbookSnapshot, SheetSnapshot, CellSnapshot } from "./snapshot";
export { REQUEST_PAYLOAD_LIMIT } from "./request-context";

/** A cell as seeded by a test: null/undefined/"" leave it empty. */
export type SeedValue = CellValue | null | undefined;

export interface SeedOptions {
  /** One format for every seeded cell, or a grid matching `values`. */
  numberFormat?: string | (string | null)[][];
  /** Formula text per cell (null for none); the `values` grid then holds the cached results. */
  formulas?: (string | null)[][];
  /** Where the grid's top-left cell goes; "A1" by default. */
  at?: string;
}

/** A batch as `Excel.run` takes it. */
export type ModelBatch<T> = (context: ExcelModelContext) => Promise<T>;

export interface ExcelModel {
  /**
   * Like `Excel.run`: runs a batch with a fresh context and syncs what is left queued at the end;
   * `options` are Excel.RunOptions (delayForCellEdit).
   */
  run<T>(batch: ModelBatch<T>): Promise<T>;
  run<T>(options: ModelRunOptions, batch: ModelBatch<T>): Promise<T>;
  /** A long-lived context for code that takes one as a parameter (never closed). */
  readonly context: ExcelModelContext;
  /** Read-only views of the state for assertions. */
  readonly workbook: WorkbookInspector;
  readonly syncCount: number;
  readonly operationCount: number;
  readonly largestRequestBytes: number;
  /** Every sync so far: operations, payload bytes, labels, and the failure if it failed. */
  readonly syncs: readonly SyncRecord[];
  /**
   * Makes the nth sync from now (1 = the next) fail after applying its first `afterOperations`
   * operations, with `code` (GeneralException by default; InactiveWorkbook, EmptyChartSeries...).
   */
  failSync(n: number, options?: { afterOperations?: number; code?: ExcelErrorCode }): void;
  /** The person starts editing a cell: batches fail, or wait when run with delayForCellEdit. */
  enterCellEdit(): void;
  /** They press Enter: waiting batches go on. */
  exitCellEdit(): void;
  /**
   * Another workbook takes focus (Windows, Mac): the APIs Microsoft lists fail with the codes it
   * gives, or all with InactiveWorkbook as newer builds report (see environment.ts).
   */
  focusAnotherWorkbook(mode?: "documented" | "InactiveWorkbook"): void;
  focusThisWorkbook(): void;
  /** Refuses loads that nest a collection's items inside another's (see client-object.ts). */
  refuseNestedCollectionLoads(): void;
  /** Lowers the 5 MB a sync's response may carry, to test splitting without megabytes of cells. */
  limitResponses(bytes: number): void;
  /** Makes Excel drop "fit to pages" silently, as office-js#1860 reports (see page-layout.ts). */
  ignoreFitToPages(): void;
  /** Seeds a sheet (appended after the existing ones) with a grid of values, without counting anything. */
  addSheet(name: string, values?: SeedValue[][], options?: SeedOptions): void;
  /** The whole workbook as plain JSON. */
  snapshot(): WorkbookSnapshot;
  /**
   * What a cell shows now: its value, or, for a formula that is one reference (`=Scorecard!O12`,
   * `=INDEX(CSC_Scorecard[RAG],1)`, `=Scorecard!CSC_ReportingMonth`), what that reference holds
   * now, or the error Excel shows for it (evaluate-reference.ts).
   */
  evaluate(sheet: string, address: string): CellValue;
  /** Zeroes the counters (after seeding through the API, say). */
  resetCounters(): void;
}

class Model implements ExcelModel {
  private readonly state = new WorkbookState();
  private readonly records: SyncRecord[] = [];
  private readonly failures: ({ syncNumber: number } & PlannedFailure)[] = [];
  private standing: ExcelModelContext | undefined;
  readonly workbook = new WorkbookInspector(this.state);

  private readonly host = {
    state: this.state,
    recordSync: (record: SyncRecord) => {
      this.records.push(record);
      return this.records.length;
    },
    plannedFailure: (syncNumber: number) => {
      const index = this.failures.findIndex((f) => f.syncNumber === syncNumber);
      if (index < 0) return undefined;
      const [failure] = this.failures.splice(index, 1);
      return failure;
    },
  };

  get context(): ExcelModelContext {
    this.ensureSheet();
    return (this.standing ??= new ExcelModelContext(new RequestQueue(this.host)));
  }

  get syncCount(): number {
    return this.records.length;
  }
  get operationCount(): number {
    return this.records.reduce((sum, r) => sum + r.operations, 0);
  }
  get largestRequestBytes(): number {
    return this.records.reduce((max, r) => Math.max(max, r.bytes), 0);
  }
  get syncs(): readonly SyncRecord[] {
    return this.records;
  }

  async run<T>(first: ModelRunOptions | ModelBatch<T>, second?: ModelBatch<T>): Promise<T> {
    const [options, batch] = typeof first === "function" ? [{}, first] : [first, second];
    if (batch === undefined) throw new Error("run needs a batch");
    this.ensureSheet();
    const queue = new RequestQueue(this.host, options);
    const context = new ExcelModelContext(queue);
    try {
      const result = await batch(context);
      if (queue.hasPending) await queue.sync();
      return result;
    } finally {
      queue.close();
    }
  }

  failSync(n: number, options: { afterOperations?: number; code?: ExcelErrorCode } = {}): void {
    if (!Number.isInteger(n) || n < 1) throw new Error("failSync counts syncs from 1.");
    this.failures.push({
      syncNumber: this.records.length + n,
      afterOperations: options.afterOperations ?? 0,
      code: options.code ?? "GeneralException",
    });
  }

  enterCellEdit(): void {
    this.state.environment.cellEdit = true;
  }

  exitCellEdit(): void {
    const environment = this.state.environment;
    environment.cellEdit = false;
    for (const resume of environment.waitingForCellEdit.splice(0)) resume();
  }

  focusAnotherWorkbook(mode: "documented" | "InactiveWorkbook" = "documented"): void {
    this.state.environment.otherWorkbook = mode;
  }

  focusThisWorkbook(): void {
    this.state.environment.otherWorkbook = null;
  }

  refuseNestedCollectionLoads(): void {
    this.state.environment.refusesNestedCollectionLoads = true;
  }

  limitResponses(bytes: number): void {
    this.state.environment.responseLimitBytes = bytes;
  }

  ignoreFitToPages(): void {
    this.state.environment.fitToPagesIgnored = true;
  }

  addSheet(name: string, values: SeedValue[][] = [], options: SeedOptions = {}): void {
    const sheet = this.state.addSheet(name, "ExcelModel.addSheet", true);
    const origin = parseAddress(options.at ?? "A1").rect;
    values.forEach((line, r) =>
      line.forEach((value, c) => {
        const row = origin.top + r;
        const col = origin.left + c;
        const formula = options.formulas?.[r]?.[c];
        if (typeof formula === "string" && formula !== "")
          sheet.cells.setFormula(row, col, formula, value ?? "");
        else if (value !== null && value !== undefined && value !== "")
          sheet.cells.setConstant(row, col, value);
        const format =
          typeof options.numberFormat === "string"
            ? options.numberFormat
            : options.numberFormat?.[r]?.[c];
        if (typeof format === "string")
          sheet.cells.writeCellFormat(row, col, "numberFormat", format);
      })
    );
  }

  snapshot(): WorkbookSnapshot {
    return workbookSnapshot(this.state);
  }

  evaluate(sheet: string, address: string): CellValue {
    const found = this.state.findSheetByName(sheet);
    if (found === undefined) throw new Error(`The model has no sheet named '${sheet}'.`);
    const { rect } = parseAddress(address);
    const formula = found.cells.formula(rect.top, rect.left);
    if (formula === undefined) return found.cells.value(rect.top, rect.left);
    return evaluateReference(this.state, found.name, formula);
  }

  resetCounters(): void {
    this.records.length = 0;
    this.failures.length = 0;
  }

  private ensureSheet(): void {
    if (this.state.sheets.length === 0) this.state.addSheet("Sheet1", "Excel", true);
  }
}

/**
 * A fresh in-memory workbook behaving like Excel behind Office.js's deferred proxies. A model nobody
 * seeded opens, like a new workbook, with an empty "Sheet1".
 * @example
 * const model = createExcelModel();
 * model.addSheet("Data", [["Month", "Referrals"], ["Apr-15", 120]]);
 * const names = await model.run(async (context) => {
 *   const sheets = context.workbook.worksheets.load("items/name");
 *   await context.sync();
 *   return sheets.items.map((s) => s.name);
 * }); // ["Data"]
 */
export function createExcelModel(): ExcelModel {
  return new Model();
}
