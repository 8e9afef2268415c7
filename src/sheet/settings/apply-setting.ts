import type { Tolerance } from "../../domain/compare/rag";
import type { MonthKey } from "../../domain/period/month";
import { ok, type Calc } from "../../domain/result/calc";
import { readCell } from "../../domain/cell/read-cell";
import { shownCell } from "../../domain/cell/shown-cell";
import { readToleranceType, type ToleranceType } from "../../domain/compare/tolerance-type";
import { readRagBasisChoice, type RagBasisChoice } from "../comparators/rag-basis-choice";
import { readTolerance } from "../comparators/tolerance-cell";
import type { RawCell } from "../grid";
import {
  readMonthOfYear,
  readNumberSetting,
  readReportingMonth,
  readSheetName,
  readTextSetting,
  readYesNo,
} from "./setting-values";
import type { SettingKey } from "./workbook-settings";

/** The settings being gathered, before defaults are filled in. */
export interface GatheredSettings {
  localAuthority?: string;
  reportingMonth?: MonthKey;
  fyStartMonth?: number;
  ragBasis?: RagBasisChoice;
  tolerance?: Tolerance;
  toleranceType?: ToleranceType;
  suppression?: boolean;
  suppressionThreshold?: number;
  population?: number;
  dataSheet?: string;
  noChangeThreshold?: number;
}

/** Keys in the order they are applied: a tolerance's type must be known before the tolerance. */
export const APPLY_ORDER: readonly Exclude<SettingKey, "alias">[] = [
  "localAuthority",
  "fyStartMonth",
  "reportingMonth",
  "ragBasis",
  "toleranceType",
  "tolerance",
  "suppression",
  "suppressionThreshold",
  "population",
  "dataSheet",
  "noChangeThreshold",
];

/**
 * Reads one setting's value cell into `gathered`, or says what was expected.
 * @example applySetting(gathered, "population", 45000, "General") // ok(undefined), gathered.population 45000
 */
export function applySetting(
  gathered: GatheredSettings,
  key: Exclude<SettingKey, "alias">,
  cell: RawCell,
  format: string
): Calc<undefined> {
  const set = <T>(calc: Calc<T>, assign: (value: T) => void): Calc<undefined> => {
    if (!calc.ok) return calc;
    assign(calc.value);
    return ok(undefined);
  };
  switch (key) {
    case "localAuthority":
      return set(readTextSetting(cell), (v) => (gathered.localAuthority = v));
    case "reportingMonth":
      return set(readReportingMonth(cell, format), (v) => {
        if (v !== null) gathered.reportingMonth = v;
      });
    case "fyStartMonth":
      return set(readMonthOfYear(cell, format), (v) => (gathered.fyStartMonth = v));
    case "ragBasis":
      return set(readRagBasisChoice(shownCell(cell)), (v) => (gathered.ragBasis = v));
    case "toleranceType":
      return set(readToleranceType(shownCell(cell)), (v) => (gathered.toleranceType = v));
    case "tolerance":
      return set(readTolerance(readCell(cell, format), gathered.toleranceType), (v) => {
        if (v !== null) gathered.tolerance = v;
      });
    case "suppression":
      return set(readYesNo(cell), (v) => (gathered.suppression = v));
    case "suppressionThreshold":
      return set(
        readNumberSetting(cell, format, { min: 0, whole: true, what: "a suppression threshold" }),
        (v) => (gathered.suppressionThreshold = v)
      );
    case "population":
      return set(
        readNumberSetting(cell, format, { min: 1, what: "a population aged 0–17" }),
        (v) => (gathered.population = v)
      );
    case "dataSheet":
      return set(readSheetName(cell), (v) => (gathered.dataSheet = v));
    case "noChangeThreshold":
      return set(
        readNumberSetting(cell, format, { min: 0, what: "a no change threshold" }),
        (v) => (gathered.noChangeThreshold = v)
      );
  }
}
