/**
 * Whether a number format shows its value as a percentage: a % outside quotes and not escaped.
 * @example isPercentFormat("0.0%") // true
 * @example isPercentFormat('0.0"%"') // false: the % is literal text
 */
export function isPercentFormat(numberFormat: string): boolean {
  return /(^|[^\\"])%/.test(numberFormat.replace(/"[^"]*"/g, ""));
}

/**
 * Whether a number format shows a date, not a number or a time alone: a day or year code, or a
 * month name ("mmm"); a lone "mm" could be minutes.
 * @example isDateFormat("mmm-yy") // true
 * @example isDateFormat("#,##0") // false
 */
export function isDateFormat(numberFormat: string): boolean {
  const stripped = numberFormat.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "").toLowerCase();
  return /[dy]/.test(stripped) || /m{3,}/.test(stripped);
}

/**
 * Whether a date format shows the year: a "y" code outside quotes, escapes and brackets. Excel
 * gives a typed "Apr-15" the format "d-mmm" when it takes the 15 for a day, so the year stored is
 * the one it was typed in and nothing on the sheet shows it.
 * @example dateFormatShowsYear("mmm-yy") // true
 * @example dateFormatShowsYear("d-mmm") // false
 */
export function dateFormatShowsYear(numberFormat: string): boolean {
  return /y/.test(numberFormat.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "").toLowerCase());
}
