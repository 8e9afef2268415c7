import type { RawCell } from "../grid";

/**
 * Decimal places a value is shown to, as the analyst sees it: from the text ("28.0%" → 1,
 * "2,693" → 0) or from the number format ("0.0%" → 1, "#,##0" → 0). `undefined` when the text is
 * e-notation or the format does not fix it (General, or optional "#" places): the figure's own
 * digits then decide.
 * @example shownDecimals("28.0%", "General") // 1
 * @example shownDecimals(0.28, "0.0%") // 1
 */
export function shownDecimals(cell: RawCell, format: string): number | undefined {
  if (typeof cell === "string") {
    const body = cell.trim().replace(/%$/, "").trim();
    // "1.5e-1" fixes no places as printed figures do: its own digits decide, as under General.
    if (/e/i.test(body)) return undefined;
    const places = /\.(\d+)$/.exec(body);
    return places ? (places[1] ?? "").length : 0;
  }
  if (typeof cell !== "number") return undefined;
  const section = (format.split(";")[0] ?? "").replace(/"[^"]*"|\\./g, "");
  if (/general/i.test(section) || !/[0#?]/.test(section)) return undefined;
  const places = /\.([0#?]*)/.exec(section);
  if (!places) return 0;
  const digits = places[1] ?? "";
  return /^0*$/.test(digits) ? digits.length : undefined;
}
