import { INDICATORS } from "../../../src/domain/indicators/indicator-catalogue";
import type { IndicatorDef } from "../../../src/domain/indicators/indicator-def";
import { applyScorecardPlan } from "../../../src/excel/apply-plan/apply-scorecard-plan";
import type { ApplyReport } from "../../../src/excel/apply-plan/apply-report";
import { buildScorecardPlan } from "../../../src/plan/build-scorecard-plan";
import type { ScorecardPlan } from "../../../src/plan/plan-types";
import {
  createExcelModel,
  type ExcelModel,
  type WorkbookSnapshot,
} from "../../support/excel-model";
import { realisticInput } from "../../plan/realistic-authority";

/** A workbook as an analyst keeps it: the data sheet, comparators and a sheet of their own. */
export function analystWorkbook(): ExcelModel {
  const model = createExcelModel();
  model.addSheet(
    "CSC Data",
    [
      ["Measure", "Apr-15", "May-15"],
      ["Referrals", 210, 198],
      ["Re-referrals", 48, "c"],
    ],
    { numberFormat: "#,##0" }
  );
  model.addSheet("CSC Comparators", [
    ["Indicator", "Statistical neighbours", "England"],
    ["Re-referrals within 12 months", 0.219, 0.224],
  ]);
  model.addSheet("My analysis", [["Referrals", null]], {
    formulas: [[null, "=SUM('CSC Data'!B2:C2)"]],
  });
  return model;
}

/** `count` indicators cycling through the catalogue, over `months` months of data. */
export function planOf(
  count = Object.keys(INDICATORS).length,
  months = 24,
  refreshedAt = "2016-01-12T09:30:00Z"
): ScorecardPlan {
  const entries = Object.entries(INDICATORS as Record<string, IndicatorDef>);
  const catalogue =
    count === entries.length
      ? INDICATORS
      : Object.fromEntries(
          Array.from({ length: count }, (_, i) => {
            const [id, def] = entries[i % entries.length] ?? ["contacts", INDICATORS.contacts];
            return [i < entries.length ? id : `${id}_${i}`, def];
          })
        );
  return buildScorecardPlan({ ...realisticInput({ catalogue, months }), refreshedAt });
}

export function refresh(model: ExcelModel, plan: ScorecardPlan): Promise<ApplyReport> {
  return model.run((context) =>
    applyScorecardPlan(context as unknown as Excel.RequestContext, plan)
  );
}

/** The workbook without the log of application calls, which grows with every refresh. */
export function state(model: ExcelModel): Omit<WorkbookSnapshot, "application"> & {
  calculationMode: string;
} {
  const { application, ...rest } = model.snapshot();
  return { ...rest, calculationMode: application.calculationMode };
}

/** The analyst's own sheets, exactly. */
export function inputs(model: ExcelModel): unknown {
  const snapshot = model.snapshot();
  return {
    sheets: snapshot.sheets.filter((s) => Object.keys(s.customProperties).length === 0),
    names: snapshot.names.filter((n) => n.scope === "Workbook"),
  };
}
