// Module constants rather than `Math.imul` at each call: inside jest's sandbox every global lookup
// costs ~150 ns, and this runs once a character over a million ids.
const imul = Math.imul;

const EMPTY = -1;
// A slot is three Int32s: a packed string's two words, or NOT_PACKED and the string's hash; then its
// code (EMPTY for a free slot). A packed first word holds a length of at most 8 in its low four bits,
// so it is never NOT_PACKED.
const SLOT = 3;
const NOT_PACKED = -1;

/**
 * Small integer codes for distinct strings, for grouping a million records by a text id. A Map keyed
 * by fresh strings (a sheet's id column) is several times slower, so this is a hash table of its own:
 * open addressing over one Int32Array that doubles as it fills. A string of up to eight ASCII
 * characters, as ids mostly are, is packed into two words (seven bits a character and its length),
 * which are its key: a lookup compares them in the slot it has loaded, without reaching for a stored
 * string elsewhere in memory or hashing character by character. Longer strings are hashed (FNV-1a)
 * and compared as strings.
 */
export interface TextCodes {
  /** The code `text` already has, or `code` given to it now. Codes must be distinct, small integers. */
  codeOf(text: string, code: number): number;
}

/**
 * An empty table, sized for `capacity` strings: growing moves every slot, a tenth of the time over a
 * million ids, so a caller that knows how many it may see says so.
 * @example const codes = textCodes(2); codes.codeOf("A", 0); codes.codeOf("A", 5) // 0, the code "A" was given
 */
export function textCodes(capacity = 8): TextCodes {
  let size = 16;
  while (size < capacity * 2) size *= 2;
  let slots = new Int32Array(size * SLOT).fill(EMPTY);
  // The strings too long to pack, by code.
  const keys: string[] = [];
  let used = 0;
  // Kept out of codeOf, so that the lookup stays small enough for the engine to inline it.
  const grow = () => {
    const old = slots;
    size *= 2;
    slots = new Int32Array(size * SLOT).fill(EMPTY);
    for (let from = 0; from < old.length; from += SLOT) {
      if (old[from + 2] === EMPTY) continue;
      let t = slotHash(old[from] ?? 0, old[from + 1] ?? 0) & (size - 1);
      while (slots[t * SLOT + 2] !== EMPTY) t = (t + 1) & (size - 1);
      slots.set(old.subarray(from, from + SLOT), t * SLOT);
    }
  };
  return {
    codeOf(text, code) {
      const length = text.length;
      let first = length;
      let second = 0;
      for (let i = 0; i < length && first !== NOT_PACKED; i++) {
        const c = text.charCodeAt(i);
        if (c > 127 || length > 8) first = NOT_PACKED;
        else if (i < 4) first |= c << (4 + 7 * i);
        else second |= c << (7 * (i - 4));
      }
      if (first === NOT_PACKED) second = hashText(text);
      const mask = size - 1;
      let s = slotHash(first, second) & mask;
      for (;;) {
        const at = s * SLOT;
        const found = slots[at + 2] ?? EMPTY;
        if (found === EMPTY) break;
        if (
          slots[at] === first &&
          slots[at + 1] === second &&
          (first !== NOT_PACKED || keys[found] === text)
        )
          return found;
        s = (s + 1) & mask;
      }
      const at = s * SLOT;
      slots[at] = first;
      slots[at + 1] = second;
      slots[at + 2] = code;
      if (first === NOT_PACKED) keys[code] = text;
      // Beyond half full, probes lengthen: double the table.
      if (++used * 2 > size) grow();
      return code;
    },
  };
}

/** Where a slot's key starts probing: its two words mixed (murmur3's finaliser), or a long string's hash. */
function slotHash(first: number, second: number): number {
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
