import { readFileSync } from "node:fs";
import fc from "fast-check";
import { buildDatasetText, OUT, parseCsv, SOURCES } from "../../../scripts/data-build";
import { BENCHMARK_INDICATORS } from "../../../src/domain/benchmarks/benchmark-indicators";

describe("the built-in benchmarks dataset", () => {
  it("is exactly what npm run data:build makes from data/raw", () => {
    // A difference means the CSVs or the build changed without the dataset being rebuilt.
    expect(readFileSync(OUT, "utf8") === buildDatasetText()).toBe(true);
  });

  it("holds the same indicators the domain describes", () => {
    expect(Object.keys(SOURCES).sort()).toEqual(Object.keys(BENCHMARK_INDICATORS).sort());
  });
});

describe("the data build's CSV parser", () => {
  const field = fc.string({ unit: fc.constantFrom("a", "1", ",", '"', "\n", "\r\n", " ", "é") });
  const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

  it("reads back any records written with every field quoted", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        (records) => {
          const text = records.map((record) => record.map(quote).join(",")).join("\r\n") + "\n";
          expect(parseCsv(text)).toEqual(records);
        }
      )
    );
  });

  it("reads plain fields, a byte order mark and a last line without a line break", () => {
    expect(parseCsv('\uFEFFa,b\n1,"2,3"\n4,')).toEqual([
      ["a", "b"],
      ["1", "2,3"],
      ["4", ""],
    ]);
  });
});
