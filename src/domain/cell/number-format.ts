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
