import { excelError } from "./errors";

const NAMED: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  lime: "#00FF00",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
  purple: "#800080",
  navy: "#000080",
  silver: "#C0C0C0",
};

/**
 * Excel's stored form of a colour: "#RRGGBB" in upper case; CSS names are accepted on input.
 * Anything else is refused with InvalidArgument, as Excel refuses it at sync.
 * @example
 * normaliseColor("#c6efce", "RangeFill.color"); // "#C6EFCE"
 * normaliseColor("Red", "RangeFill.color"); // "#FF0000"
 */
export function normaliseColor(input: unknown, location: string): string {
  if (typeof input === "string") {
    const named = NAMED[input.toLowerCase()];
    if (named) return named;
    if (/^#[0-9a-fA-F]{6}$/.test(input)) return input.toUpperCase();
    if (/^#[0-9a-fA-F]{3}$/.test(input)) {
      return `#${[...input.slice(1)].map((ch) => ch + ch).join("")}`.toUpperCase();
    }
  }
  throw excelError(
    "InvalidArgument",
    location,
    `'${String(input)}' is not a colour Excel accepts.`
  );
}
