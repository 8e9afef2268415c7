/** Calibri's widths, as the .xlsx host estimates row heights with them. */
export { calibriWidth } from "../../src/plan/text-fit/calibri-width";
