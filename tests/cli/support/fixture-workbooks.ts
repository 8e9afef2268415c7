import { monthCell, type FixtureCell, type FixtureSheet } from "./fixture-xlsx";

/** Thirteen months, April 2014 to April 2015: a year and a month, so last year compares. */
export const FIXTURE_MONTHS: ReadonlyArray<readonly [number, number]> = Array.from(
  { length: 13 },
  (_, i) => [2014 + Math.floor((3 + i) / 12), ((3 + i) % 12) + 1] as const
);

/** Rows of a months-across data sheet: a label, then one cell a month (and any after). */
export type MeasureRows = ReadonlyArray<readonly [string, ...FixtureCell[]]>;

/** A data sheet with the months across, as most analysts keep one. */
export function monthsAcross(rows: MeasureRows, extraHeadings: FixtureCell[] = []): FixtureSheet {
  return {
    name: "CSC Data",
    rows: [
      ["Children's social care: monthly data"],
      [],
      ["Measure", ...FIXTURE_MONTHS.map(([y, m]) => monthCell(y, m)), ...extraHeadings],
      ...rows,
    ],
  };
}

/** The same data with the months down the rows (a column per measure). */
export function monthsDown(rows: MeasureRows): FixtureSheet {
  return {
    name: "CSC Data",
    rows: [
      ["Month", ...rows.map(([label]) => label)],
      ...FIXTURE_MONTHS.map(([y, m], i) => [
        monthCell(y, m),
        ...rows.map((row) => row[i + 1] ?? null),
      ]),
    ],
  };
}

/** A settings sheet from key, value pairs (and an alias row's three cells). */
export function settings(rows: ReadonlyArray<readonly FixtureCell[]>): FixtureSheet {
  return { name: "CSC Settings", rows: [["Setting", "Value"], ...rows] };
}

/** Ordinary front-door and child protection counts over the fixture months. */
export const ORDINARY_ROWS: MeasureRows = [
  ["Contacts", 831, 767, 928, 913, 728, 927, 872, 847, 805, 820, 868, 972, 817],
  ["Referrals", 221, 280, 210, 194, 140, 254, 201, 236, 237, 213, 269, 302, 319],
  ["Re-referrals within 12 months", 49, 62, 46, 43, 31, 56, 44, 52, 52, 47, 59, 66, 70],
  ["Total # CPP", 170, 174, 190, 205, 209, 198, 180, 170, 174, 190, 206, 209, 197],
  ["Population 0-17", ...FIXTURE_MONTHS.map(() => 42000)],
];

/** Comparators for the ordinary rows, so re-referrals is rated. */
export const ORDINARY_COMPARATORS: FixtureSheet = {
  name: "CSC Comparators",
  rows: [
    ["Indicator", "Target", "Stat neighbours", "England"],
    ["rereferral_pct", 20, 23.6, 22.3],
    ["cpp_per10k", "", 44.2, 42.1],
  ],
};
