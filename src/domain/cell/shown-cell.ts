/**
 * A cell's text as the analyst typed it, for quoting in a message and for reading: a non-breaking
 * space (pasted from a web page or a PDF) is a space, and spaces around the text are not part of it.
 * @example shownCell(" 12\u00a0") // "12"
 * @example shownCell(0.226) // "0.226"
 */
export function shownCell(cell: unknown): string {
  if (typeof cell === "string") return cell.replace(/\u00a0/g, " ").trim();
  return String(cell);
}
