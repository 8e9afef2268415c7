import type { RagRating } from "../domain/compare/rag";

/** Fill and text colour of a RAG cell; the word is always written too, so colour is never the only signal. */
export interface RagColours {
  readonly fill: string;
  readonly text: string;
}

/**
 * Fills analysts recognise from Excel's standard colours, each with the text colour that keeps a
 * contrast of at least 4.5:1 (WCAG AA for normal text): white on the dark red, black on amber and
 * green. "Not rated" keeps the page white with dark grey text.
 */
export const RAG_PALETTE: Readonly<Record<RagRating, RagColours>> = {
  Red: { fill: "#C00000", text: "#FFFFFF" },
  Amber: { fill: "#FFC000", text: "#000000" },
  Green: { fill: "#00B050", text: "#000000" },
  "Not rated": { fill: "#FFFFFF", text: "#595959" },
};

/**
 * WCAG 2 relative luminance of a "#RRGGBB" colour, from 0 (black) to 1 (white).
 * @example relativeLuminance("#FFFFFF") // 1
 */
export function relativeLuminance(colour: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (match === null) throw new RangeError(`${colour} is not a #RRGGBB colour`);
  const [r, g, b] = [match[1], match[2], match[3]].map((hex) => linear(parseInt(hex ?? "0", 16)));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/**
 * WCAG 2 contrast ratio between two colours, from 1 to 21.
 * @example contrastRatio("#000000", "#FFFFFF") // 21
 */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}
