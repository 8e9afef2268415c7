import type { CellValue } from "exceljs";
import type { RawCell } from "../../../sheet/grid";
import { excelSerial } from "./excel-serial";

/**
 * A cell as Office.js's `range.values` reports it, from exceljs's decoded value: dates as serial
 * numbers, a formula as its cached result (blank when the file holds none: nothing here can
 * calculate), an error as its text ("#N/A"), rich text and hyperlinks as their plain text,
 * booleans as booleans, empty as "".
 * @example rawCell({ formula: "B2/C2", result: 0.25 }, false) // 0.25
 * @example rawCell({ richText: [{ text: "Refer" }, { text: "rals" }] }, false) // "Referrals"
 */
export function rawCell(value: CellValue, date1904: boolean): RawCell {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") {
    return value;
  }
  if (value instanceof Date) return excelSerial(value, date1904);
  if ("error" in value) return value.error;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) return plainText(value.text);
  if ("formula" in value || "sharedFormula" in value) {
    const result = value.result;
    return result === undefined ? "" : rawCell(result, date1904);
  }
  return "";
}

/** A hyperlink's text, which exceljs gives as rich text when the string was formatted. */
function plainText(text: unknown): string {
  if (typeof text === "string") return text;
  if (typeof text === "object" && text !== null && "richText" in text) {
    const runs = (text as { richText: ReadonlyArray<{ text: string }> }).richText;
    return runs.map((run) => run.text).join("");
  }
  return "";
}
