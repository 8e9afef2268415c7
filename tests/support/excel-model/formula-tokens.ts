/**
 * Formula text cut into the pieces the model's reference rules look at: string literals and
 * quoted sheet names (never references, however they read), bracketed structured-reference
 * specifiers ("[RAG]", "[[#Data],[RAG]]"), cell references ("O12", "$B$3"), identifiers (names,
 * tables, functions, plain sheet names) and single other characters. Enough for the model's
 * rewrites (references.ts, range-copy.ts) and its evaluator; not a formula parser.
 */
export type FormulaToken =
  | { readonly kind: "string" | "quoted" | "bracket" | "other"; readonly text: string }
  | { readonly kind: "cell"; readonly text: string }
  | { readonly kind: "identifier"; readonly text: string };

const TOKEN =
  /"(?:[^"]|"")*"?|'(?:[^']|'')*'?|\[(?:[^[\]]|\[[^\]]*\])*\]?|\$?[A-Za-z]{1,3}\$?\d+(?![\w.(])|[A-Za-z_\\][\w.]*|[\s\S]/g;

/**
 * @example tokenize("=INDEX(CSC_Scorecard[RAG],1)").map((t) => t.kind)
 * // ["other", "identifier", "other", "identifier", "bracket", "other", "other", "other"]
 */
export function tokenize(formula: string): FormulaToken[] {
  const tokens: FormulaToken[] = [];
  for (const match of formula.matchAll(TOKEN)) {
    const text = match[0];
    const first = text[0];
    if (first === '"') tokens.push({ kind: "string", text });
    else if (first === "'") tokens.push({ kind: "quoted", text });
    else if (first === "[") tokens.push({ kind: "bracket", text });
    else if (/^\$?[A-Za-z]{1,3}\$?\d+$/.test(text)) tokens.push({ kind: "cell", text });
    else if (/^[A-Za-z_\\]/.test(text)) tokens.push({ kind: "identifier", text });
    else tokens.push({ kind: "other", text });
  }
  return tokens;
}

/** The text of tokens again. */
export function untokenize(tokens: readonly FormulaToken[]): string {
  return tokens.map((t) => t.text).join("");
}

/** A quoted sheet name's text without its quotes ("'CSC Data'" → "CSC Data"). */
export function unquote(text: string): string {
  return text.startsWith("'") ? text.slice(1, -1).replace(/''/g, "'") : text;
}
