import { Workbook } from "exceljs";
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { openXlsxHost, type XlsxRefreshHost } from "../../../../src/cli/xlsx/xlsx-host";
import type { ScorecardPlan } from "../../../../src/plan/plan-types";
import type { RefreshHost } from "../../../../src/refresh/refresh-host";
import type { RefreshOutcome } from "../../../../src/refresh/refresh-outcome";
import { runRefresh } from "../../../../src/refresh/run-refresh";
import { EXAMPLE_SHEETS, tempFile, xlsxBytes, type SeedSheet } from "./workbook-file";

/** The moment the example workbook is refreshed at, as in tests/excel/refresh. */
export const NOW = new Date("2015-06-02T09:30:00Z");

/** A refresh through the .xlsx host, its output saved to a real file in the temporary folder. */
export interface RefreshedFile {
  readonly outcome: RefreshOutcome;
  readonly host: XlsxRefreshHost;
  readonly file: string;
  readonly bytes: Buffer;
  /** The plan the refresh wrote (absent when it wrote none). */
  readonly plan: ScorecardPlan | undefined;
}

/** Refreshes an .xlsx file's bytes and saves the result. */
export async function refreshBytes(
  input: Uint8Array,
  name = "refreshed.xlsx"
): Promise<RefreshedFile> {
  const host = await openXlsxHost(input);
  let plan: ScorecardPlan | undefined;
  const spy: RefreshHost = {
    readSheets: (names) => host.readSheets(names),
    applyPlan: (written) => {
      plan = written;
      return host.applyPlan(written);
    },
  };
  const outcome = await runRefresh(spy, NOW);
  const bytes = await host.toBuffer();
  return { outcome, host, file: tempFile(name, bytes), bytes, plan };
}

/** Refreshes a workbook of these sheets (the example workbook by default). */
export async function refreshSheets(
  sheets: readonly SeedSheet[] = EXAMPLE_SHEETS,
  edit?: (workbook: Workbook) => void
): Promise<RefreshedFile> {
  return refreshBytes(await xlsxBytes(sheets, edit));
}

/** A saved file as exceljs reads it: an independent reading of what the host wrote. */
export async function exceljsRead(file: string): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** A saved file's parts, unzipped. */
export async function unzipped(file: string): Promise<JSZip> {
  return JSZip.loadAsync(readFileSync(file));
}

/** One part's text; fails the test when the part is missing. */
export async function partText(zip: JSZip, part: string): Promise<string> {
  const entry = zip.file(part);
  if (entry === null) throw new Error(`the package has no part ${part}`);
  return entry.async("string");
}
