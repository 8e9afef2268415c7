/** The keys of the command's --json document, in order. */
export const JSON_KEYS = [
  "authority",
  "period",
  "financialYear",
  "indicators",
  "issues",
  "reconciliation",
];

const ISSUE_KEYS = ["severity", "code", "sheet", "cell", "message"];
const INDICATOR_KEYS = [
  "id",
  "name",
  "unit",
  "polarity",
  "value",
  "previous",
  "ytd",
  "rolling12",
  "direction",
  "comparators",
  "rag",
  "reason",
];

/** Every key of the JSON is present, with a value of its type or null, never absent. */
export function expectJsonShape(json: Record<string, unknown>): void {
  expect(Object.keys(json)).toEqual(JSON_KEYS);
  expect(json.period).toMatch(/^\d{4}-\d{2}$/);
  expect(json.financialYear).toMatch(/^\d{4}\/\d{2}$/);
  for (const row of json.indicators as Array<Record<string, unknown>>) {
    expect(Object.keys(row)).toEqual(INDICATOR_KEYS);
    for (const key of ["value", "previous", "ytd", "rolling12"])
      expect(row[key] === null || typeof row[key] === "number").toBe(true);
    expect(Object.keys(row.comparators as object)).toEqual([
      "target",
      "statisticalNeighbours",
      "england",
      "region",
    ]);
    expect([null, "improving", "worsening", "same"]).toContain(row.direction);
    expect([null, "red", "amber", "green"]).toContain(row.rag);
  }
  for (const issue of json.issues as Array<Record<string, unknown>>)
    expect(Object.keys(issue)).toEqual(ISSUE_KEYS);
  for (const finding of json.reconciliation as Array<Record<string, unknown>>)
    expect(Object.keys(finding)).toEqual(["sheet", "cell", "reported", "recomputed", "message"]);
}
