import { MONTH_SHORT_NAMES } from "../domain/period/month";

const ISO_TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

/** The zone English councils keep their clocks in: GMT in winter, BST (UTC+1) in summer. */
const UK_ZONE = "Europe/London";

const UK_CLOCK = new Intl.DateTimeFormat("en-GB", {
  timeZone: UK_ZONE,
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  hourCycle: "h23",
});

/**
 * When the figures were refreshed, as a reader of the committee pack wants it: in UK time, GMT or
 * BST as the clocks were at that instant, whatever the machine's own zone (the time zone database's
 * Europe/London, through Intl, so a refresh run on a server in UTC or an analyst's laptop abroad
 * prints the same). A timestamp without a zone is shown as given; a date alone as a date; text
 * that is not an ISO timestamp as it is.
 * @example refreshedLabel("2016-01-12T09:30:00Z") // "12 Jan 2016 09:30 GMT"
 * @example refreshedLabel("2015-06-02T09:05:00Z") // "2 Jun 2015 10:05 BST"
 * @example refreshedLabel("2015-06-02T09:05:00+02:00") // "2 Jun 2015 08:05 BST"
 */
export function refreshedLabel(iso: string): string {
  const match = ISO_TIMESTAMP.exec(iso.trim());
  if (match === null) return iso;
  const [, year, month, day, hours, minutes, , zone] = match;
  const monthName = MONTH_SHORT_NAMES[Number(month) - 1];
  if (monthName === undefined) return iso;
  const date = `${Number(day)} ${monthName} ${year}`;
  if (hours === undefined || minutes === undefined) return date;
  if (zone === undefined) return `${date} ${hours}:${minutes}`;
  const instant = new Date(iso.trim().replace(" ", "T"));
  if (Number.isNaN(instant.getTime())) return iso;
  return ukTime(instant);
}

/** An instant on the UK's clocks: "2 Jun 2015 10:05 BST". */
function ukTime(instant: Date): string {
  const parts = Object.fromEntries(
    UK_CLOCK.formatToParts(instant).map((part) => [part.type, part.value])
  );
  const [year, month, day, hour, minute] = ["year", "month", "day", "hour", "minute"].map((type) =>
    Number(parts[type])
  ) as [number, number, number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const offset = Math.round((wall - Math.floor(instant.getTime() / 60000) * 60000) / 60000);
  const zone = offset === 0 ? "GMT" : offset === 60 ? "BST" : `UTC${signed(offset)}`;
  const clock = `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
  return `${day} ${MONTH_SHORT_NAMES[month - 1] ?? ""} ${year} ${clock} ${zone}`;
}

function signed(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const m = Math.abs(minutes);
  return `${sign}${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

/**
 * Text for an Excel page header or footer: "&" starts a code there, so a literal one is doubled.
 * @example headerText("Brighton & Hove") // "Brighton && Hove"
 */
export function headerText(text: string): string {
  return text.replace(/&/g, "&&");
}
