import { excelError } from "./errors";

/**
 * A check that accepts only one of Excel's enumeration strings.
 * @example
 * oneOf(["Portrait", "Landscape"], "PageLayout.orientation")("Landscape"); // "Landscape"
 */
export function oneOf(allowed: readonly string[], location: string): (value: unknown) => string {
  return (value) => {
    if (typeof value !== "string" || !allowed.includes(value)) {
      throw excelError(
        "InvalidArgument",
        location,
        `'${String(value)}' is not one of ${allowed.join(", ")}.`
      );
    }
    return value;
  };
}

/**
 * A check for a finite number within bounds.
 * @example
 * numberIn(0, 400, "PageLayout.zoom")(90); // 90
 */
export function numberIn(min: number, max: number, location: string): (value: unknown) => number {
  return (value) => {
    if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > max) {
      throw excelError("InvalidArgument", location, `Expected a number from ${min} to ${max}.`);
    }
    return value;
  };
}

/**
 * A check for booleans.
 * @example
 * isBoolean("Legend.visible")(true); // true
 */
export function isBoolean(location: string): (value: unknown) => boolean {
  return (value) => {
    if (typeof value !== "boolean")
      throw excelError("InvalidArgument", location, "Expected true or false.");
    return value;
  };
}

/**
 * A check for text.
 * @example
 * isText("ChartTitle.text")("Referrals"); // "Referrals"
 */
export function isText(location: string): (value: unknown) => string {
  return (value) => {
    if (typeof value !== "string") throw excelError("InvalidArgument", location, "Expected text.");
    return value;
  };
}
