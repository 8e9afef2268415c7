import { MONTH_SHORT_NAMES } from "../domain/period/month";

const ISO_TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * When the figures were refreshed, as a reader of the committee pack wants it: the clock time as
 * given (no time-zone conversion, so the label never depends on the machine) and its zone. Text
 * that is not an ISO timestamp is shown as it is.
 * @example refreshedLabel("2025-11-25T16:52:07Z") // "25 Nov 2025 16:52 UTC"
 * @example refreshedLabel("2025-06-02T09:05:00+01:00") // "2 Jun 2025 09:05 (UTC+01:00)"
 */
export function refreshedLabel(iso: string): string {
  const match = ISO_TIMESTAMP.exec(iso.trim());
  if (match === null) return iso;
  const [, year, month, day, hours, minutes, zone] = match;
  const monthName = MONTH_SHORT_NAMES[Number(month) - 1];
  if (monthName === undefined) return iso;
  const date = `${Number(day)} ${monthName} ${year}`;
  if (hours === undefined || minutes === undefined) return date;
  const time = `${date} ${hours}:${minutes}`;
  if (zone === undefined) return time;
  if (zone === "Z") return `${time} UTC`;
  const offset = zone.includes(":") ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return `${time} (UTC${offset})`;
}

/**
 * Text for an Excel page header or footer: "&" starts a code there, so a literal one is doubled.
 * @example headerText("Brighton & Hove") // "Brighton && Hove"
 */
export function headerText(text: string): string {
  return text.replace(/&/g, "&&");
}
