/**
 * Cells as a note lists them: once each, in the order given, a run of neighbours along one row or
 * one column written as a range ("M8:T8"), so twelve months of one line read as one address rather
 * than twelve. Text that is not an A1 address is listed as it is.
 * @example cellRuns(["M8", "N8", "O8", "Q8"]) // "M8:O8, Q8"
 * @example cellRuns(["B4", "B5"]) // "B4:B5"
 */
export function cellRuns(cells: readonly string[]): string {
  const unique = [...new Set(cells)];
  const runs: string[] = [];
  let start: Parsed | null = null;
  let end: Parsed | null = null;
  let step: "row" | "column" | null = null;
  const close = () => {
    if (start !== null && end !== null)
      runs.push(start.text === end.text ? start.text : `${start.text}:${end.text}`);
  };
  for (const text of unique) {
    const cell = parse(text);
    if (cell === null) {
      close();
      [start, end, step] = [null, null, null];
      runs.push(text);
      continue;
    }
    const next = end === null ? null : adjacency(end, cell);
    if (end !== null && next !== null && (step === null || step === next)) {
      end = cell;
      step = next;
      continue;
    }
    close();
    [start, end, step] = [cell, cell, null];
  }
  close();
  return runs.join(", ");
}

interface Parsed {
  readonly text: string;
  readonly column: number;
  readonly row: number;
}

function parse(text: string): Parsed | null {
  const match = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(text);
  if (match === null) return null;
  let column = 0;
  for (const letter of match[1] ?? "") column = column * 26 + (letter.charCodeAt(0) - 64);
  return { text, column, row: Number(match[2]) };
}

/** "row" when `b` is the next cell along `a`'s row, "column" when next down its column. */
function adjacency(a: Parsed, b: Parsed): "row" | "column" | null {
  if (a.row === b.row && b.column === a.column + 1) return "row";
  if (a.column === b.column && b.row === a.row + 1) return "column";
  return null;
}
