/**
 * The text Excel shows for a number in one of the number formats the plans write: sections by sign
 * ("+0.0;-0.0;0.0"), quoted literals, a percent sign (×100), thousands separators, fixed decimals,
 * General, and a month's date ("mmm yyyy", "mmmm yyyy", "mmm-yy"). Enough to measure what a cell prints; it refuses a format it does not know, so a
 * new kind of format cannot pass a width test unmeasured.
 * @example displayedNumber(0.1875, "0.0%") // "18.8%"
 * @example displayedNumber(-2.06, '+0.0" pts";-0.0" pts";0.0" pts"') // "-2.1 pts"
 */
export function displayedNumber(value: number, format: string): string {
  if (format === "General" || format === "@") return general(value);
  const date = /^(m{3,4})([ -])(yy|yyyy)$/.exec(format);
  if (date !== null)
    return monthOfSerial(value, date[1] === "mmmm", date[2] ?? " ", date[3] === "yyyy");
  const sections = splitSections(format);
  const [positive = "", negative, zero] = sections;
  if (value < 0 && negative !== undefined) return render(-value, negative);
  if (value === 0 && zero !== undefined) return render(0, zero);
  return (value < 0 ? "-" : "") + render(Math.abs(value), positive);
}

function general(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(10)));
}

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of format) {
    if (ch === '"') quoted = !quoted;
    if (ch === ";" && !quoted) {
      sections.push(current);
      current = "";
    } else current += ch;
  }
  sections.push(current);
  return sections;
}

function render(magnitude: number, section: string): string {
  const literals: string[] = [];
  const body = section.replace(/"([^"]*)"/g, (_, text: string) => {
    literals.push(text);
    return `{${literals.length - 1}}`;
  });
  const number = /[#0][#0,]*(\.0+)?/.exec(body);
  if (number === null) throw new Error(`no number in the format section "${section}"`);
  const rest = body.replace(number[0], "{n}");
  if (/[^{}n\d%+\- ]/.test(rest.replace(/\{\d+\}/g, "")))
    throw new Error(`a format this renderer does not know: "${section}"`);
  const scaled = rest.includes("%") ? magnitude * 100 : magnitude;
  const decimals = number[1] === undefined ? 0 : number[1].length - 1;
  const fixed = roundHalfAway(scaled, decimals).toFixed(decimals);
  const [whole = "0", fraction] = fixed.split(".");
  const grouped = number[0].includes(",") ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : whole;
  const digits = fraction === undefined ? grouped : `${grouped}.${fraction}`;
  return rest
    .replace("{n}", digits)
    .replace(/\{(\d+)\}/g, (_, i: string) => literals[Number(i)] ?? "");
}

function roundHalfAway(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(Number((value * factor).toPrecision(15))) / factor;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** An Excel date serial (1900 system, from March 1900 on) as its month and year. */
function monthOfSerial(
  serial: number,
  long: boolean,
  separator: string,
  fullYear: boolean
): string {
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000);
  const month = MONTHS[date.getUTCMonth()] ?? "";
  const year = date.getUTCFullYear();
  return `${long ? month : month.slice(0, 3)}${separator}${fullYear ? year : String(year % 100).padStart(2, "0")}`;
}
