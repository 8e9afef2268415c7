import { formatValue } from "../domain/format/format-number";
import type { IndicatorReport } from "../refresh/indicator-report";
import type { RefreshOutcome } from "../refresh/refresh-outcome";
import type { Severity, SheetIssue } from "../sheet/sheet-issue";
import type { Paint } from "./colour";

const SEVERITY_HEADINGS: ReadonlyArray<readonly [Severity, string]> = [
  ["error", "Errors"],
  ["warning", "Warnings"],
  ["info", "Information"],
];

const COMPARATOR_WORDS = {
  target: "target",
  statisticalNeighbours: "statistical neighbours",
  england: "England",
  region: "region",
} as const;

/**
 * What the command prints for a person: the period, the counts of Red, Amber and Green, each Red
 * indicator with its value, comparators and reason, then the issues by severity with their cells,
 * the printed figures that disagree with the counts, and the host's notices. A refresh that wrote
 * nothing says why first. The words Red, Amber and Green are printed whatever the colour.
 * @param written the output file as the analyst named it, when one was written
 * @example terminalReport(outcome, "scorecard.xlsx", NO_PAINT).split("\n")[0] // "CSC Scorecard: Sample Borough (SAMPLE DATA), May 2015 (2015/16)"
 */
export function terminalReport(
  outcome: RefreshOutcome,
  written: string | null,
  paint: Paint
): string {
  const lines: string[] = [];
  if (!outcome.ok) {
    lines.push(paint.bold(`No scorecard was written: ${outcome.message}`));
  } else {
    const { report, summary } = outcome;
    const who = report.authority === null ? "" : `${report.authority}, `;
    lines.push(
      paint.bold(`CSC Scorecard: ${who}${summary.reportingMonth} (${report.financialYear})`)
    );
    if (written !== null) lines.push(`Wrote ${written} (${summary.sheets.join(", ")})`);
    const { Red, Amber, Green } = summary.ratings;
    lines.push(
      "",
      `${summary.indicators} indicators: ${paint.red(`${Red} Red`)}, ${paint.amber(`${Amber} Amber`)}, ${paint.green(`${Green} Green`)}, ${summary.ratings["Not rated"]} not rated`
    );
    const reds = report.indicators.filter((row) => row.rag === "red");
    if (reds.length > 0) {
      lines.push("", paint.bold("Red indicators"));
      for (const row of reds) lines.push(...redLines(row, paint));
    }
    if (report.reconciliation.length > 0) {
      lines.push(
        "",
        paint.bold(
          `Printed figures that disagree with the counts (${report.reconciliation.length})`
        )
      );
      for (const finding of report.reconciliation) lines.push(`  ${finding.message}`);
    }
  }
  lines.push(...issueLines(outcome.issues, paint));
  if (outcome.ok && outcome.notices.length > 0) {
    lines.push("", paint.bold("Notices"), ...outcome.notices.map((notice) => `  ${notice}`));
  }
  return `${lines.join("\n")}\n`;
}

function redLines(row: IndicatorReport, paint: Paint): string[] {
  const shown = (value: number | null) =>
    value === null ? "none" : formatValue(value, row.unit, row.decimals);
  const comparators = Object.entries(COMPARATOR_WORDS)
    .flatMap(([key, word]) => {
      const value = row.comparators[key as keyof typeof COMPARATOR_WORDS];
      return value === null ? [] : [`${word} ${shown(value)}`];
    })
    .join(", ");
  return [
    `  ${paint.red("Red")}  ${row.name}: ${shown(row.value)}${comparators === "" ? "" : ` (${comparators})`}`,
    ...(row.reason === null ? [] : [`       ${paint.dim(row.reason)}`]),
  ];
}

function issueLines(issues: readonly SheetIssue[], paint: Paint): string[] {
  if (issues.length === 0) return [];
  const lines = ["", paint.bold(`Issues (${issues.length})`)];
  for (const [severity, heading] of SEVERITY_HEADINGS) {
    const some = issues.filter((issue) => issue.severity === severity);
    if (some.length === 0) continue;
    lines.push(`  ${heading} (${some.length})`, ...some.map((issue) => `    ${issue.message}`));
  }
  return lines;
}
