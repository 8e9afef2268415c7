// Module constants rather than `Math.imul` at each call: inside jest's sandbox every global lookup
// costs ~150 ns, and this runs once a character over a million ids.
const imul = Math.imul;
const floor = Math.floor;

/**
 * The first word of a key that did not pack. A packed first word holds the id's length (1 to 8) or
 * LONG_INTEGER in its low four bits, so it is never this.
 */
export const NOT_PACKED = -1;
// The low four bits of a long integer's first word, where packed text has its length, 1 to 8.
const LONG_INTEGER = 9;
// The longest integers keyed by value: fifteen digits, below 2^53, so every one is exact.
const LONG_INTEGER_ABOVE = 1e15;
// 2^27: a long integer's low 27 bits go in its first word, the rest in its second.
const LOW_BITS = 134_217_728;
const NEGATIVE_BIT = 1 << 30;

/**
 * Each record's child id as a key of two 32-bit words, so that grouping a million records hashes and
 * compares integers in typed arrays rather than strings scattered through the heap (a Map keyed by a
 * sheet's fresh id strings is several times slower). An id of up to eight ASCII characters, as ids
 * mostly are, is packed into the words themselves (its length, then seven bits a character); so is a
 * longer integer such as a ten-digit NHS number (its value, up to fifteen digits); two such ids are one
 * child exactly when their words are equal. Any other id keeps its text in `texts` for comparing, and
 * its words are NOT_PACKED and the text's FNV-1a hash.
 *
 * A number is keyed as the text JavaScript writes for it (`${n}`), so that 12 and "12" are one key and
 * "012" another, which is the matching rule of `encodeChildren`; an integer of up to fifteen digits is
 * keyed by arithmetic, without making the string.
 */
export interface ChildKeys {
  readonly first: Int32Array;
  readonly second: Int32Array;
  /** The ids that did not pack, by record (holes elsewhere); undefined while every id has packed. */
  texts: string[] | undefined;
}

/** Keys for `count` records, to be set by `setTextKey` or `setNumberKey`. */
export function childKeys(count: number): ChildKeys {
  return { first: new Int32Array(count), second: new Int32Array(count), texts: undefined };
}

/**
 * Sets record `index`'s key to that of `text` (already trimmed, and not empty).
 * @example setTextKey(keys, 0, "C1"); keys.first[0] // 2 | (67 << 4) | (49 << 11): "C1" packed
 */
export function setTextKey(keys: ChildKeys, index: number, text: string): void {
  const length = text.length;
  if (length <= 8) {
    let first = length;
    let second = 0;
    let anyCode = 0;
    // One loop with the word chosen inside, not a loop per word: it is the shorter code for the
    // engine, and measured the faster.
    for (let i = 0; i < length; i++) {
      const c = text.charCodeAt(i);
      anyCode |= c;
      if (i < 4) first |= c << (4 + 7 * i);
      else second |= c << (7 * i - 28);
    }
    if (anyCode < 128) {
      keys.first[index] = first;
      keys.second[index] = second;
      return;
    }
  } else if (length <= 16 && setLongIntegerText(keys, index, text)) {
    return;
  }
  keys.first[index] = NOT_PACKED;
  keys.second[index] = hashText(text);
  const texts = keys.texts ?? (keys.texts = new Array<string>(keys.first.length));
  texts[index] = text;
}

// Keys text of nine to sixteen characters that is exactly how JavaScript writes an integer of up to
// fifteen digits (an optional "-", then digits not starting with 0) by its value, as
// setNumberKey keys the number; says whether it was such text.
function setLongIntegerText(keys: ChildKeys, index: number, text: string): boolean {
  const negative = text.charCodeAt(0) === 45;
  let i = negative ? 1 : 0;
  const lead = text.charCodeAt(i);
  if (lead < 49 || lead > 57 || text.length - i > 15) return false;
  let magnitude = 0;
  for (; i < text.length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return false;
    magnitude = magnitude * 10 + digit;
  }
  setLongInteger(keys, index, magnitude, negative);
  return true;
}

function setLongInteger(keys: ChildKeys, index: number, magnitude: number, negative: boolean) {
  const high = floor(magnitude / LOW_BITS);
  keys.first[index] = ((magnitude - high * LOW_BITS) << 4) | LONG_INTEGER;
  keys.second[index] = high | (negative ? NEGATIVE_BIT : 0);
}

// The integers written in at most eight characters, which pack as text: 0 to 99,999,999 and down
// to −9,999,999.
const PACKED_ABOVE = 100_000_000;
const PACKED_BELOW = -10_000_000;

/**
 * Sets record `index`'s key to that of the finite number `value`: the key of the text `${value}`.
 * @example setNumberKey(keys, 0, 12); setTextKey(keys, 1, "12") // the same words
 */
export function setNumberKey(keys: ChildKeys, index: number, value: number): void {
  if ((value | 0) !== value || value >= PACKED_ABOVE || value <= PACKED_BELOW) {
    const magnitude = value < 0 ? -value : value;
    if (magnitude < LONG_INTEGER_ABOVE && floor(magnitude) === magnitude) {
      setLongInteger(keys, index, magnitude, value < 0);
    } else {
      setTextKey(keys, index, `${value}`);
    }
    return;
  }
  // Integer arithmetic throughout (a double's `%` is a library call); −0 is written "0", as 0 is.
  const negative = value < 0;
  let rest = (negative ? -value : value) | 0;
  let length = negative ? 2 : 1;
  for (let power = 10; power <= rest; power *= 10) length++;
  let first = length;
  let second = 0;
  for (let i = length - 1; i >= (negative ? 1 : 0); i--) {
    const tenth = (rest / 10) | 0;
    const c = 48 + rest - tenth * 10;
    rest = tenth;
    if (i < 4) first |= c << (4 + 7 * i);
    else second |= c << (7 * i - 28);
  }
  // "-" (45) in the first character's place.
  if (negative) first |= 45 << 4;
  keys.first[index] = first;
  keys.second[index] = second;
}

/**
 * Whether records `a` and `b` have the same key, so the same child.
 * @example sameChild(keys, 0, 1) // true when both are "C1", or 12 and "12"
 */
export function sameChild(keys: ChildKeys, a: number, b: number): boolean {
  const first = keys.first[a];
  if (first !== keys.first[b] || keys.second[a] !== keys.second[b]) return false;
  return first !== NOT_PACKED || keys.texts?.[a] === keys.texts?.[b];
}

/**
 * A well-mixed 32-bit hash of a key's two words (murmur3's finaliser over both), whose high bits pick
 * a partition and low bits a slot.
 * @example keyHash(keys.first[0] ?? 0, keys.second[0] ?? 0)
 */
export function keyHash(first: number, second: number): number {
  let h = imul(first ^ 0x9e3779b9, 0x85ebca6b);
  h ^= h >>> 15;
  h = imul(h ^ second, 0xc2b2ae35);
  h ^= h >>> 13;
  h = imul(h, 0x27d4eb2f);
  return h ^ (h >>> 16);
}

function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}
