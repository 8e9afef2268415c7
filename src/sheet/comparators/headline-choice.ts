import type { HeadlineFigure } from "../../domain/scorecard/scorecard-settings";
import { headingKey } from "../../domain/text/heading-key";

const HEADLINES: ReadonlyMap<string, HeadlineFigure> = new Map([
  ["month", "month"],
  ["monthly", "month"],
  ["in month", "month"],
  ["current month", "month"],
  ["ytd", "ytd"],
  ["year to date", "ytd"],
  ["rolling 12", "rolling12"],
  ["rolling 12 months", "rolling12"],
  ["rolling12", "rolling12"],
  ["rolling", "rolling12"],
  ["r12", "rolling12"],
  ["12 months", "rolling12"],
  ["last 12 months", "rolling12"],
] as const);

/**
 * Reads which figure an indicator is rated on: the month, the year to date or rolling 12 months.
 * @example parseHeadlineFigure("Year to date") // "ytd"
 * @example parseHeadlineFigure("Rolling 12 months") // "rolling12"
 */
export function parseHeadlineFigure(text: string): HeadlineFigure | undefined {
  return HEADLINES.get(headingKey(text));
}
