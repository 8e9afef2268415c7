import fc from "fast-check";
import {
  formatDifference,
  formatNumber,
  formatValue,
} from "../../../src/domain/format/format-number";
import { edgeDouble } from "../../support/edge-numbers";

describe("formatNumber", () => {
  it("groups thousands and keeps fixed decimals", () => {
    expect(formatNumber(1234567.891, 2)).toBe("1,234,567.89");
    expect(formatNumber(16870, 0)).toBe("16,870");
    expect(formatNumber(17, 1)).toBe("17.0");
    expect(formatNumber(-1234.5, 0)).toBe("-1,235");
    expect(formatNumber(-0.04, 1)).toBe("0.0");
  });

  it("writes huge values out in full as Excel shows them: 15 significant digits, then zeros", () => {
    expect(formatNumber(1.2345678901234567e20, 0)).toBe("123,456,789,012,346,000,000");
    expect(formatNumber(1e21, 1)).toBe("1,000,000,000,000,000,000,000.0");
    expect(formatNumber(-1e308, 0)).toMatch(/^-100(,000){102}$/);
    expect(formatNumber(1e15, 2)).toBe("1,000,000,000,000,000.00");
    expect(formatNumber(Number.MIN_VALUE, 1)).toBe("0.0");
  });

  it("is digits, separators and a point for every finite number", () => {
    fc.assert(
      fc.property(edgeDouble, fc.integer({ min: 0, max: 6 }), (value, decimals) => {
        const fraction = decimals === 0 ? "" : `\\.\\d{${decimals}}`;
        expect(formatNumber(value, decimals)).toMatch(
          new RegExp(`^-?\\d{1,3}(,\\d{3})*${fraction}$`)
        );
      })
    );
  });
});

describe("formatValue", () => {
  it("writes each unit as a sentence quotes it", () => {
    expect(formatValue(29.25, "percent", 1)).toBe("29.3%");
    expect(formatValue(82.5, "percent", 0)).toBe("83%");
    expect(formatValue(51.26, "per10k", 1)).toBe("51.3 per 10,000");
    expect(formatValue(426, "days", 0)).toBe("426 days");
    expect(formatValue(17.04, "ratio", 1)).toBe("17.0");
    expect(formatValue(2693, "count", 0)).toBe("2,693");
  });
});

describe("formatDifference", () => {
  it("gives percentage differences in points, without sign", () => {
    expect(formatDifference(-5.7, "percent", 1)).toBe("5.7 points");
    expect(formatDifference(1, "percent", 0)).toBe("1 point");
    expect(formatDifference(150, "per10k", 0)).toBe("150 per 10,000");
    expect(formatDifference(-3, "count", 0)).toBe("3");
  });
});
