import * as React from "react";
import { Badge, Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { RagRating } from "../../domain/compare/rag";
import type { RefreshOutcome } from "../../refresh/refresh-outcome";
import { comparatorWords, directionWords, shownFigure } from "../model/indicator-words";

type Refreshed = Extract<RefreshOutcome, { ok: true }>;

const RATINGS: ReadonlyArray<{
  rating: RagRating;
  words: string;
  colour: "danger" | "warning" | "success" | "informative";
}> = [
  { rating: "Red", words: "Red", colour: "danger" },
  { rating: "Amber", words: "Amber", colour: "warning" },
  { rating: "Green", words: "Green", colour: "success" },
  { rating: "Not rated", words: "not rated", colour: "informative" },
];

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  counts: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  reds: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "grid",
    rowGap: tokens.spacingVerticalS,
  },
  red: { minWidth: 0, overflowWrap: "anywhere" },
  detail: { display: "block", color: tokens.colorNeutralForeground2 },
  wrap: { overflowWrap: "anywhere" },
});

export interface RefreshResultsProps {
  readonly outcome: Refreshed;
  /** Shows the scorecard sheet. */
  readonly onOpenScorecard: (sheet: string) => void;
}

/** What a refresh found: the counts by rating, every Red named with its figures, the sheets written. */
export function RefreshResults({
  outcome,
  onOpenScorecard,
}: RefreshResultsProps): React.JSX.Element {
  const styles = useStyles();
  const { summary, report, notices } = outcome;
  const reds = report.indicators.filter((indicator) => indicator.rag === "red");
  const scorecard = summary.sheets[0];
  const authority = report.authority === null ? "" : ` for ${report.authority}`;
  return (
    <section className={styles.root} aria-label="Results">
      <Text as="h2" weight="semibold" size={400}>
        Scorecard{authority}, {summary.reportingMonth}
      </Text>
      <Text className={styles.wrap}>
        {summary.indicators} indicators, written to {summary.sheets.join(", ")}.
      </Text>
      <ul className={styles.counts} aria-label="Indicators by rating">
        {RATINGS.map(({ rating, words, colour }) => (
          <li key={rating}>
            <Badge size="large" appearance="filled" color={colour}>
              {summary.ratings[rating]} {words}
            </Badge>
          </li>
        ))}
      </ul>
      {scorecard !== undefined && (
        <div>
          <Button appearance="primary" onClick={() => onOpenScorecard(scorecard)}>
            Open the scorecard
          </Button>
        </div>
      )}
      {reds.length > 0 && (
        <section aria-label="Red indicators">
          <Text as="h3" weight="semibold" size={300}>
            {reds.length === 1 ? "The Red indicator" : `The ${reds.length} Red indicators`}
          </Text>
          <ul className={styles.reds}>
            {reds.map((indicator) => (
              <li key={indicator.id} className={styles.red}>
                <Text weight="semibold">{indicator.name}</Text>
                <Text size={200} className={styles.detail}>
                  {indicator.value === null ? "no figure" : shownFigure(indicator.value, indicator)}
                  ; {comparatorWords(indicator)}; {directionWords(indicator)}.
                </Text>
                {indicator.reason !== null && (
                  <Text size={200} className={styles.detail}>
                    {indicator.reason}
                  </Text>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {notices.map((notice) => (
        <Text as="p" key={notice} className={styles.wrap}>
          {notice}
        </Text>
      ))}
    </section>
  );
}
