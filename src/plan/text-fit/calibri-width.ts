/**
 * How wide text prints in Calibri, the default font of Excel's cells, from its advance widths
 * (em/1000, read from Carlito, the metric-compatible font LibreOffice prints Calibri with).
 * Characters the font lacks (the arrows ▲ ▼ ► come from a fallback symbol font) count 0.8 em,
 * anything else unknown 0.6 em.
 */

const CHARACTERS =
  " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~–—’£…";
const REGULAR = [
  226, 326, 401, 498, 507, 715, 682, 221, 303, 303, 498, 498, 250, 306, 252, 386, 507, 507, 507,
  507, 507, 507, 507, 507, 507, 507, 268, 268, 498, 498, 498, 463, 894, 579, 544, 533, 615, 488,
  459, 631, 623, 252, 319, 520, 420, 855, 646, 662, 517, 673, 543, 459, 487, 642, 567, 890, 519,
  487, 468, 307, 386, 307, 498, 498, 291, 479, 525, 423, 525, 498, 305, 471, 525, 229, 239, 455,
  229, 799, 525, 527, 525, 525, 349, 391, 335, 525, 452, 715, 433, 453, 395, 314, 460, 314, 498,
  498, 905, 250, 507, 690,
];
const BOLD = [
  226, 326, 438, 498, 507, 729, 705, 233, 312, 312, 498, 498, 258, 306, 267, 430, 507, 507, 507,
  507, 507, 507, 507, 507, 507, 507, 276, 276, 498, 498, 498, 463, 898, 606, 561, 529, 630, 488,
  459, 637, 631, 267, 331, 547, 423, 874, 659, 676, 532, 686, 563, 473, 495, 653, 591, 906, 551,
  520, 478, 325, 430, 325, 498, 498, 300, 494, 537, 418, 537, 503, 316, 474, 537, 246, 255, 480,
  246, 813, 537, 538, 537, 537, 355, 399, 347, 537, 473, 745, 459, 474, 397, 344, 475, 344, 498,
  498, 905, 258, 507, 711,
];
const FALLBACK_SYMBOL = new Set("▲▼►");

function table(widths: readonly number[]): Map<string, number> {
  return new Map([...CHARACTERS].map((ch, i) => [ch, (widths[i] ?? 600) / 1000]));
}

const WIDTHS = { regular: table(REGULAR), bold: table(BOLD) };

/**
 * The width of a line of text in points, in Calibri at a size, regular or bold.
 * @example calibriWidth("Referrals", 11, false) // 41.7
 */
export function calibriWidth(text: string, fontSize = 11, bold = false): number {
  const widths = bold ? WIDTHS.bold : WIDTHS.regular;
  let ems = 0;
  for (const ch of text) ems += widths.get(ch) ?? (FALLBACK_SYMBOL.has(ch) ? 0.8 : 0.6);
  return ems * fontSize;
}
