import { Workbook } from "exceljs";
import type { RefreshHost } from "../../refresh/refresh-host";
import { openPackage, packageBytes } from "./package/opc-package";
import { declaredWorkbookType } from "./package/content-types";
import { readWorkbookPart } from "./package/workbook-part";
import { applyToPackage } from "./apply-to-package";
import { readSheetsOf } from "./read/read-sheets";

export interface XlsxRefreshHost extends RefreshHost {
  /** The whole package as it now stands (the input's own parts untouched, plus the refresh's sheets), for the command to save. */
  toBuffer(): Promise<Buffer>;
}

/**
 * Opens an .xlsx package (its bytes) as a refresh host. A file that is not an .xlsx rejects with an
 * Error whose message says so in words.
 *
 * The package is the state: reads decode it with exceljs (values as Office.js's `range.values`
 * gives them) and its XML (the generated-sheet markers, which exceljs does not read); a plan is
 * written by exceljs into a scratch workbook and moved into the package part by part
 * (apply-to-package.ts), so the analyst's own sheets are never re-serialised.
 * @example const host = await openXlsxHost(await readFile("pack.xlsx")); await runRefresh(host, new Date()); await writeFile("pack.xlsx", await host.toBuffer());
 */
export async function openXlsxHost(input: Uint8Array): Promise<XlsxRefreshHost> {
  const opened = await openPackage(input);
  if (!opened.ok) throw new Error(`This file is not an Excel workbook (.xlsx): ${opened.reason}.`);
  const pkg = opened.value;
  if (!(await declaredWorkbookType(pkg)) || (await readWorkbookPart(pkg)) === undefined) {
    throw new Error(
      "This file is not an Excel workbook (.xlsx): it is a zip archive, but holds no workbook."
    );
  }
  let decoded: Workbook | undefined = await decode(input);
  return {
    async readSheets(names) {
      decoded ??= await decode(await packageBytes(pkg));
      return readSheetsOf(pkg, decoded, names);
    },
    async applyPlan(plan) {
      const applied = await applyToPackage(pkg, plan);
      decoded = undefined; // the package changed: decode it again when next read
      return applied;
    },
    toBuffer: () => packageBytes(pkg),
  };
}

/** The package as exceljs reads it; a package exceljs cannot read is not a workbook it can refresh. */
async function decode(bytes: Uint8Array): Promise<Workbook> {
  const workbook = new Workbook();
  try {
    // exceljs's own typings call its input a Buffer but mean an ArrayBuffer (which it also takes).
    const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    await workbook.xlsx.load(copy as ArrayBuffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`This Excel workbook (.xlsx) could not be read: ${reason}.`);
  }
  return workbook;
}
