import fc from "fast-check";
import { EXCEL_ERROR_VALUES } from "../../src/domain/cell/read-cell";

/**
 * An Excel error value as a cell or an argument may hold it, in any case and padded with spaces or
 * non-breaking spaces, beside the capitalised value it must read as.
 */
export const errorValueText: fc.Arbitrary<{ readonly cell: string; readonly error: string }> = fc
  .record({
    error: fc.constantFrom(...EXCEL_ERROR_VALUES),
    lower: fc.boolean(),
    pad: fc.constantFrom("", " ", "\u00a0"),
  })
  .map(({ error, lower, pad }) => ({
    error,
    cell: `${pad}${lower ? error.toLowerCase() : error}${pad}`,
  }));
