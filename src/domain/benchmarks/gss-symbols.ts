/** The Government Statistical Service's symbols for a figure that is not published as a number. */
export type GssSymbol = "c" | "k" | "u" | "x" | "z" | "low";

/**
 * What each symbol means, as a sentence ends ("… is c: withheld to protect confidentiality").
 * Declared once: the functions' #N/A messages, the notes and the lookups all say the same.
 */
export const GSS_SYMBOLS: Readonly<Record<GssSymbol, string>> = {
  c: "withheld to protect confidentiality (small numbers)",
  k: "a figure that rounds to 0 but is not 0",
  u: "of low reliability, so not published",
  x: "not available",
  z: "not applicable",
  low: "a figure below 0.5 that is not shown",
};

/**
 * Whether a published cell holds one of the symbols.
 * @example isGssSymbol("c") // true
 * @example isGssSymbol(22.6) // false
 */
export function isGssSymbol(cell: unknown): cell is GssSymbol {
  return typeof cell === "string" && Object.hasOwn(GSS_SYMBOLS, cell);
}

/**
 * The reason a symbol gives, quoted as published.
 * @example symbolReason("c") // 'published as "c": withheld to protect confidentiality (small numbers)'
 */
export function symbolReason(symbol: GssSymbol): string {
  return `published as "${symbol}": ${GSS_SYMBOLS[symbol]}`;
}
