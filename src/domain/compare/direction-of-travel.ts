import type { Band, PolarityKind } from "../indicators/indicator-def";
import { distanceToBand } from "./band";

export type Direction = "Improving" | "Worsening" | "No change" | "Not comparable";

/**
 * Direction of travel from an earlier value to the current one. A move no bigger than `threshold`
 * (absolute, in the indicator's unit: points for a percent; 0 unless told) is "No change". For a range
 * indicator, improving means moving nearer its band; without a band, or for a context indicator, or
 * with either value missing, it is "Not comparable".
 * @example directionOfTravel(22.1, 24.0, "lower", 0.5) // "Improving"
 */
export function directionOfTravel(
  current: number | null,
  earlier: number | null,
  polarity: PolarityKind,
  threshold = 0,
  band?: Band
): Direction {
  if (current === null || earlier === null || polarity === "context") return "Not comparable";
  if (polarity === "range") {
    if (band === undefined) return "Not comparable";
    const change =
      Math.abs(distanceToBand(earlier, band)) - Math.abs(distanceToBand(current, band));
    if (Math.abs(change) <= threshold) return "No change";
    return change > 0 ? "Improving" : "Worsening";
  }
  const change = current - earlier;
  if (Math.abs(change) <= threshold) return "No change";
  return change > 0 === (polarity === "higher") ? "Improving" : "Worsening";
}
