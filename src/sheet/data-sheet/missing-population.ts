import type { IndicatorCatalogue } from "../../domain/indicators/indicator-catalogue";
import type { MeasureData } from "../../domain/measures/measure-data";
import type { MeasureId } from "../../domain/measures/measure-def";
import { sheetIssue, type SheetIssue } from "../sheet-issue";

/** The measure a population row is read into. */
export const POPULATION_MEASURE: MeasureId = "population";

/**
 * One warning when a rate per 10,000 needs the child population and neither the sheet (a
 * population row) nor the settings give it; `null` otherwise. Only rates of counts the sheet holds
 * count: a sheet without referrals needs no population for the referral rate.
 * @example missingPopulationIssue(data, INDICATORS, undefined, "CSC Data", "A1")?.code // "MISSING_POPULATION"
 */
export function missingPopulationIssue(
  data: MeasureData,
  catalogue: IndicatorCatalogue,
  populationSetting: number | undefined,
  sheet: string,
  cell: string
): SheetIssue | null {
  if (populationSetting !== undefined || (data.get(POPULATION_MEASURE)?.size ?? 0) > 0) return null;
  const rates = Object.entries(catalogue).filter(
    ([, def]) => def.formula.kind === "rate" && (data.get(def.formula.count)?.size ?? 0) > 0
  );
  if (rates.length === 0) return null;
  // Named as the scorecard names them: an analyst reads "Referral rate per 10,000 children".
  const named = rates.slice(0, 3).map(([, def]) => def.name);
  const more = rates.length > named.length ? ` and ${rates.length - named.length} more` : "";
  return sheetIssue(
    "warning",
    "MISSING_POPULATION",
    sheet,
    cell,
    `No child population (aged 0–17) is given, so the rates per 10,000 (${named.join("; ")}${more}) cannot be computed; add a Population row or set it in the settings.`
  );
}
