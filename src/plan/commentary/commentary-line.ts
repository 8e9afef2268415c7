import { isWithheld } from "../../domain/format/suppression";
import type { PublishedFigure } from "../../domain/indicators/figure";
import type { HeadlineFigure } from "../../domain/scorecard/scorecard-settings";

/** What a sentence of the commentary is about, in the order the commentary reads. */
export type CommentaryTopic =
  "RAG summary" | "RAG change" | "Movement" | "Statistical neighbours" | "Achievement" | "Priority";

/** One generated sentence and what it is about. */
export interface CommentaryLine {
  readonly topic: CommentaryTopic;
  readonly indicatorId: string | null;
  readonly text: string;
}

/** @example line("Movement", "referrals", "Referrals rose from 319 to 416 (+97) since April 2015.") */
export function line(
  topic: CommentaryTopic,
  indicatorId: string | null,
  text: string
): CommentaryLine {
  return { topic, indicatorId, text };
}

/**
 * A figure's value when it may be quoted; `null` when withheld under disclosure control or not
 * computed, so a sentence never quotes it.
 * @example shownValue(WITHHELD_FIGURE) // null
 */
export function shownValue(figure: PublishedFigure | null): number | null {
  return figure === null || isWithheld(figure) ? null : figure.value;
}

/** How a sentence says which figure an indicator is rated on, when it is not the month's. */
export const HEADLINE_PHRASE: Readonly<Record<HeadlineFigure, string>> = {
  month: "",
  ytd: " in the year to date",
  rolling12: " over the last 12 months",
};
