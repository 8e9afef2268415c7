import type { Calc } from "../../domain/result/calc";
import type { HeadlineFigure } from "../../domain/scorecard/scorecard-settings";
import { readWord, vocabulary } from "../../domain/text/vocabulary";

const HEADLINES = vocabulary<HeadlineFigure>({
  month: ["month", "monthly", "in month", "current month"],
  ytd: ["ytd", "year to date"],
  rolling12: [
    "rolling 12",
    "rolling 12 months",
    "rolling12",
    "rolling",
    "r12",
    "12 months",
    "last 12 months",
  ],
});

/**
 * Reads which figure an indicator is rated on: the month, the year to date or rolling 12 months.
 * @example parseHeadlineFigure("Year to date") // "ytd"
 * @example parseHeadlineFigure("Rolling 12 months") // "rolling12"
 */
export function parseHeadlineFigure(text: string): HeadlineFigure | undefined {
  return HEADLINES.lookup(text);
}

/**
 * Reads a headline figure as `parseHeadlineFigure` does, or says which words to write.
 * @example readHeadlineFigure("fortnightly").ok // false: write month, YTD or rolling 12
 */
export function readHeadlineFigure(text: string): Calc<HeadlineFigure> {
  return readWord(HEADLINES, text, "a figure to rate", "month, YTD or rolling 12");
}
