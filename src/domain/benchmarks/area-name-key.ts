import { textKey } from "../text/text-key";

/**
 * An area's name as finding and searching compare it: case and punctuation aside, and "&" read as
 * "and" ("Brighton & Hove" is "Brighton and Hove"), so the pane's list and the refresh agree on
 * what a typed name matches.
 * @example areaNameKey("Telford & Wrekin") // "telford and wrekin"
 * @example areaNameKey("Kingston upon Hull, City of") // "kingston upon hull city of"
 */
export function areaNameKey(name: string): string {
  return textKey(name.replace(/&/g, " and "));
}
