import { fail, ok, type Calc } from "../result/calc";
import { headingKey } from "./heading-key";

/** The words that name each of a fixed set of values, read whatever their case and punctuation. */
export interface Vocabulary<T extends string> {
  /** The value a word names, or `undefined` when it names none. */
  readonly lookup: (text: string | number | boolean | null) => T | undefined;
  /** Every word as `headingKey` reduces it, with the value it names: what "did you mean" picks from. */
  readonly words: ReadonlyMap<string, T>;
}

/**
 * Builds a vocabulary from each value's words, or from a table of definitions and the words each
 * is known by. Words meet as `headingKey` reduces them, so the table need list only spellings that
 * differ in letters or digits. A word two values claim, or one that reduces to nothing, is a mistake
 * in the table, so it throws as the table loads, not when a cell is read.
 * @example vocabulary({ relative: ["relative", "%"], absolute: ["points", "pp"] }).lookup("(PP):") // "absolute"
 * @example vocabulary({ la: { key: "Local authority" } }, (def) => [def.key]).lookup("LOCAL AUTHORITY") // "la"
 */
export function vocabulary<const T extends string>(entries: {
  readonly [K in T]: readonly string[];
}): Vocabulary<T>;
export function vocabulary<const T extends string, D>(
  table: { readonly [K in T]: D },
  wordsOf: (def: D) => readonly string[]
): Vocabulary<T>;
export function vocabulary<T extends string>(
  table: { readonly [K in T]: unknown },
  wordsOf = (def: unknown) => def as readonly string[]
): Vocabulary<T> {
  // A Map, not an object: "constructor" or "__proto__" typed in a cell must not find anything.
  const words = new Map<string, T>();
  for (const [value, def] of Object.entries(table) as Array<[T, unknown]>) {
    for (const synonym of wordsOf(def)) {
      const word = headingKey(synonym);
      if (word === "") throw new Error(`"${synonym}" for ${value} reduces to no word`);
      const claimed = words.get(word);
      if (claimed !== undefined && claimed !== value)
        throw new Error(`"${synonym}" names both ${claimed} and ${value}`);
      words.set(word, value);
    }
  }
  return { lookup: (text) => words.get(headingKey(text)), words };
}

/**
 * The value a word names, or an error quoting the word and saying what to write instead.
 * @example readWord(vocabulary({ yes: ["yes"], no: ["no"] }), "maybe", "yes or no", "yes or no")
 * // fail("INVALID_INPUT", '"maybe" is not yes or no; write yes or no.')
 */
export function readWord<T extends string>(
  words: Vocabulary<T>,
  text: string,
  what: string,
  hint: string
): Calc<T> {
  const value = words.lookup(text);
  return value === undefined
    ? fail("INVALID_INPUT", `"${text}" is not ${what}; write ${hint}.`)
    : ok(value);
}
