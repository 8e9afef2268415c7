import fc from "fast-check";
import {
  headingBreaks,
  pageBreaks,
  pageRoom,
  pageStarts,
  type PageRoom,
  type PrintedRow,
} from "../../../src/plan/scorecard/pagination";
import { NARROW_MARGINS } from "../../../src/plan/scorecard/print-scale";

const heading: PrintedRow = { points: 15, heading: true };
const line = (points: number): PrintedRow => ({ points, heading: false });

/** The pages rows print on, as lists of their indexes, when the given rows start a page. */
function pages(rows: readonly PrintedRow[], room: PageRoom, breaks: readonly number[]): number[][] {
  const starts = pageStarts(rows, room, breaks);
  return starts.map((start, p) =>
    Array.from({ length: (starts[p + 1] ?? rows.length) - start }, (_, i) => start + i)
  );
}

/** A title block and a header (rows that are neither), then stages: a heading and its indicators. */
const sheet = fc
  .array(
    fc.record({
      // Now and then a row too tall to share a page with its heading (or to fit one at all).
      indicators: fc.array(fc.constantFrom(15, 30, 45, 60, 75, 90, 500), {
        minLength: 1,
        maxLength: 9,
      }),
    }),
    { minLength: 1, maxLength: 12 }
  )
  .map((stages) => [
    line(24),
    ...Array.from({ length: 7 }, () => line(15)),
    line(56),
    ...stages.flatMap((stage) => [heading, ...stage.indicators.map(line)]),
  ]);
const room = fc.record({ page: fc.integer({ min: 200, max: 700 }), repeated: fc.constant(56) });

describe("where the scorecard's pages break", () => {
  it("holds the sheet's points an A4 landscape page prints at the scale, less a hundredth", () => {
    const a4 = { orientation: "Landscape", paperSize: "A4", margins: NARROW_MARGINS } as const;
    expect(pageRoom(a4, 81, 56).page).toBeCloseTo(((595.28 - 108) * 100 * 0.99) / 81, 6);
    expect(pageRoom(a4, 100, 56)).toEqual({ page: (595.28 - 108) * 0.99, repeated: 56 });
    expect(pageRoom({ ...a4, orientation: "Portrait" }, 100, 0).page).toBeCloseTo(
      (841.89 - 108) * 0.99,
      6
    );
  });

  it("fills a page while rows fit, the header repeated on every page after the first", () => {
    const rows = [line(100), line(100), line(100), line(100)];
    expect(pageStarts(rows, { page: 250, repeated: 0 })).toEqual([0, 2]);
    expect(pageStarts(rows, { page: 250, repeated: 60 })).toEqual([0, 2, 3]);
    expect(pageStarts(rows, { page: 250, repeated: 0 }, [1])).toEqual([0, 1, 3]);
  });

  it("moves a heading that would end a page to the next, with what follows it", () => {
    const rows = [line(100), line(100), heading, line(100), line(30)];
    expect(pageStarts(rows, { page: 220, repeated: 0 })).toEqual([0, 3]);
    expect(headingBreaks(rows, { page: 220, repeated: 0 })).toEqual([2]);
    expect(pageBreaks(rows, { page: 220, repeated: 0 })).toEqual([2]);
  });

  it("leaves a heading where moving it would not keep it with the row under it", () => {
    // Moved, the heading would end the next page alone: the 300 pt row needs a page to itself.
    const rows = [line(100), heading, line(300), line(30)];
    expect(headingBreaks(rows, { page: 200, repeated: 0 })).toEqual([]);
    expect(pageBreaks(rows, { page: 200, repeated: 0 })).toEqual([2, 3]);
    // A heading that starts its page stays, though the row under it fills the rest and more.
    expect(headingBreaks([heading, line(300)], { page: 200, repeated: 0 })).toEqual([]);
  });

  it("never ends a page on a heading, nor overflows one, whatever the rows and the page", () => {
    fc.assert(
      fc.property(sheet, room, (rows, frame) => {
        const breaks = pageBreaks(rows, frame);
        expect(breaks).toEqual([...breaks].sort((a, b) => a - b));
        const laid = pages(rows, frame, breaks);
        // Every break is a page's start: the manual breaks are the pages, no more and no fewer.
        expect(laid.slice(1).map((page) => page[0])).toEqual(breaks);
        laid.forEach((page, p) => {
          const height = page.reduce((sum, i) => sum + (rows[i]?.points ?? 0), 0);
          const space = frame.page - (p === 0 ? 0 : frame.repeated);
          // A page overflows only with a row that fills it alone, which no break can help.
          if (page.length > 1) expect(height).toBeLessThanOrEqual(space + 1e-9);
          const last = page[page.length - 1] ?? 0;
          const together = (rows[last]?.points ?? 0) + (rows[last + 1]?.points ?? 0);
          if (p < laid.length - 1 && together <= frame.page - frame.repeated)
            expect(rows[last]?.heading).toBe(false);
        });
      })
    );
  });

  it("breaks only where it must: each page but the last could not take the next row", () => {
    fc.assert(
      fc.property(sheet, room, (rows, frame) => {
        const laid = pages(rows, frame, pageBreaks(rows, frame));
        laid.slice(0, -1).forEach((page, p) => {
          const height = page.reduce((sum, i) => sum + (rows[i]?.points ?? 0), 0);
          const next = laid[p + 1]?.[0] ?? 0;
          const space = frame.page - (p === 0 ? 0 : frame.repeated);
          const movedHeading = rows[next]?.heading === true;
          // (A row taller than the page is alone on its page and starts the next.)
          if ((rows[next - 1]?.points ?? 0) > space) return;
          const nextFits = height + (rows[next]?.points ?? 0) <= space;
          // A page ends early only to keep a heading with the row after it.
          if (nextFits) expect(movedHeading).toBe(true);
        });
      })
    );
  });
});
