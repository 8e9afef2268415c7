import fc from "fast-check";
import type { Grid, RawCell } from "../../../src/sheet/grid";

/**
 * Any grid Excel (or a host giving nulls) could hand a reader: ragged rows of numbers of every
 * size, text, booleans, blanks and error values, mixed with words the readers look for so that
 * headers and sections are actually found, under any number formats and origin.
 */
export function excelGrid(words: readonly string[]): fc.Arbitrary<Grid> {
  return gridOf(fc.array(fc.array(excelCell(words), { maxLength: 9 }), { maxLength: 14 }));
}

/**
 * A grid shaped like a table the reader looks for: optional title rows, a header row of
 * `headings[0]` and some of the others, then rows led by one of `keys` with cells after that are
 * mostly numbers, so the fuzzing reaches the row reading rather than stopping at "no header".
 */
export function tableGrid(
  headings: readonly string[],
  keys: readonly string[],
  words: readonly string[]
): fc.Arbitrary<Grid> {
  const cell = excelCell(words);
  const figure = fc.oneof(
    { arbitrary: fc.double({ min: -10, max: 1000, noNaN: true }), weight: 3 },
    { arbitrary: fc.integer({ min: -5, max: 200 }), weight: 3 },
    { arbitrary: cell, weight: 2 }
  );
  const rows = fc
    .tuple(
      fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 2 }),
      fc.shuffledSubarray(headings.slice(1), { minLength: 1 }),
      fc.array(
        fc.tuple(
          fc.oneof(
            { arbitrary: fc.constantFrom(...keys), weight: 4 },
            { arbitrary: cell, weight: 1 }
          ),
          fc.array(figure, { maxLength: headings.length })
        ),
        { maxLength: 10 }
      )
    )
    .map(([titles, header, body]) => [
      ...titles,
      [headings[0] ?? "", ...header],
      ...body.map(([key, rest]) => [key, ...rest]),
    ]);
  return gridOf(rows);
}

function excelCell(words: readonly string[]): fc.Arbitrary<RawCell> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...words), weight: 6 },
    { arbitrary: fc.double(), weight: 2 },
    { arbitrary: fc.integer({ min: -100, max: 60000 }), weight: 2 },
    { arbitrary: fc.string({ maxLength: 12 }), weight: 2 },
    {
      arbitrary: fc.constantFrom("", null, true, false, "#N/A", "#DIV/0!", "c", "x", "-"),
      weight: 2,
    }
  );
}

function gridOf(values: fc.Arbitrary<RawCell[][]>): fc.Arbitrary<Grid> {
  const format = fc.constantFrom("General", "0.0%", "0%", "mmm-yy", "dd/mm/yyyy", "@", "0.00");
  return fc
    .record({
      sheet: fc.constantFrom("CSC Comparators", "CSC Settings", "Sheet 1"),
      values,
      formats: fc.option(fc.array(fc.array(format, { maxLength: 9 }), { maxLength: 14 }), {
        nil: undefined,
      }),
      origin: fc.option(fc.record({ row: fc.nat({ max: 50 }), column: fc.nat({ max: 30 }) }), {
        nil: undefined,
      }),
    })
    .map(({ sheet, values, formats, origin }) => ({
      sheet,
      values,
      ...(formats === undefined ? {} : { numberFormats: formats }),
      ...(origin === undefined ? {} : { origin }),
    }));
}
