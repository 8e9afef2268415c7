import type { CivilDate } from "../calendar/civil-date";
import { chainCalc, ok, type Calc } from "../result/calc";
import { keyHash, NOT_PACKED, type ChildKeys } from "./child-keys";
import { readChildKeys, type ChildId, type RecordNouns } from "./child-records";

/** Records laid out child by child, each child's in day order. */
export interface ChildGroups {
  /** Record indexes (0-based positions in the input), each child's together, earliest day first. */
  readonly order: Int32Array;
  /** The day of each record in `order`, beside it, so that a pass over a child reads memory in order. */
  readonly days: Float64Array;
  /** Child g's records are order[starts[g]] to order[starts[g + 1] − 1], for g below `count`. */
  readonly starts: Int32Array;
  /** How many children there are. */
  readonly count: number;
}

// Records a partition holds on average: its table and arrays then stay in a core's own cache.
const PARTITION_RECORDS = 4096;
const MAX_PARTITION_BITS = 12;
// Groups up to this long are sorted by insertion, in place; longer ones by the engine.
const INSERTION_SORT_MAX = 32;

/**
 * Groups the records by child, each child's records in day order, checking them as
 * `readChildKeys` does (ids matched after trimming, a number as the text of its digits; the first
 * blank id or date is an error naming its 1-based position). The groups come in no particular order.
 *
 * Why not one hash table of every child: with hundreds of thousands of children it is megabytes, and
 * each record's lookup is a miss to main memory, which was most of the time over a million records.
 * Instead the records are partitioned by the high bits of their key's hash (a counting sort over a
 * few hundred partitions, writing as many streams in order), so that all of a child's records share
 * a partition of a few thousand; each partition then has a table small enough to stay in the core's
 * cache, gives its children codes, lays their records out by a second counting sort and sorts each
 * child's (usually two or three) by day. O(n + Σ k log k) for k records a child, in typed arrays,
 * with no allocation per record.
 * @example groupByChild(["A", "B", "A"], [d3, d1, d2], nouns) // order [1, 2, 0] or [2, 0, 1], starts [0, 1, 3] or [0, 2, 3]
 */
export function groupByChild(
  childIds: readonly ChildId[],
  dates: readonly CivilDate[],
  nouns: RecordNouns
): Calc<ChildGroups> {
  return chainCalc(readChildKeys(childIds, dates, nouns), (keys) => ok(groupKeys(keys, dates)));
}

function groupKeys(keys: ChildKeys, dates: readonly CivilDate[]): ChildGroups {
  const records = partitionByKey(keys, dates);
  const { bounds, largest } = records;
  const count = keys.first.length;
  const starts = new Int32Array(count + 1);
  const scratch = partitionScratch(largest);
  let children = 0;
  for (let p = 0; p + 1 < bounds.length; p++) {
    children += groupPartition(
      records,
      bounds[p] ?? 0,
      bounds[p + 1] ?? 0,
      scratch,
      starts,
      children
    );
  }
  starts[children] = count;
  return { order: records.order, days: records.days, starts, count: children };
}

/** The records in partitions: all of one child's in one partition, in input order within it. */
interface Partitioned {
  /** Partition p is positions bounds[p] to bounds[p + 1] − 1 of the arrays below. */
  readonly bounds: Int32Array;
  /** The most records in a partition. */
  readonly largest: number;
  /** Each position's record index: becomes the groups' `order` as each partition is grouped. */
  readonly order: Int32Array;
  readonly keyFirst: Int32Array;
  readonly keySecond: Int32Array;
  /** Becomes the groups' `days`. */
  readonly days: Float64Array;
  /** The texts of keys that did not pack, by position, so that comparing them reads nearby memory. */
  readonly texts: string[] | undefined;
}

// A counting sort of the records by the high bits of their key's hash: one pass counts, one places,
// writing a few hundred streams in order, which the cache takes.
function partitionByKey(keys: ChildKeys, dates: readonly CivilDate[]): Partitioned {
  const { first, second } = keys;
  const count = first.length;
  let bits = 0;
  while (bits < MAX_PARTITION_BITS && count > PARTITION_RECORDS << bits) bits++;
  // (h >>> 1) >>> (31 − bits) is the top `bits` bits of h, and 0 for none (h >>> 32 would be h).
  const shift = 31 - bits;
  const partitions = 1 << bits;
  const bounds = new Int32Array(partitions + 1);
  for (let i = 0; i < count; i++) {
    const p = (keyHash(first[i] ?? 0, second[i] ?? 0) >>> 1) >>> shift;
    bounds[p + 1] = (bounds[p + 1] ?? 0) + 1;
  }
  let largest = 0;
  for (let p = 0; p < partitions; p++) {
    const size = bounds[p + 1] ?? 0;
    if (size > largest) largest = size;
    bounds[p + 1] = size + (bounds[p] ?? 0);
  }
  const next = bounds.slice(0, partitions);
  const order = new Int32Array(count);
  const keyFirst = new Int32Array(count);
  const keySecond = new Int32Array(count);
  const days = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const f = first[i] ?? 0;
    const s = second[i] ?? 0;
    const p = (keyHash(f, s) >>> 1) >>> shift;
    const at = next[p] ?? 0;
    next[p] = at + 1;
    order[at] = i;
    keyFirst[at] = f;
    keySecond[at] = s;
    days[at] = dates[i] ?? 0;
  }
  let texts: string[] | undefined;
  if (keys.texts !== undefined) {
    texts = new Array<string>(count);
    for (let at = 0; at < count; at++) {
      const text = keys.texts[order[at] ?? 0];
      if (text !== undefined) texts[at] = text;
    }
  }
  return { bounds, largest, order, keyFirst, keySecond, days, texts };
}

/** Arrays for grouping one partition, sized for the largest and used again for each. */
interface Scratch {
  /** Open addressing: a slot holds 1 + the code of the child whose key hashes there, 0 when free. */
  readonly table: Int32Array;
  /** The position of each child's first record, which holds the key to compare with. */
  readonly representative: Int32Array;
  /** Each position's child code. */
  readonly codes: Int32Array;
  /** Counts, then starts, then ends of each child's records. */
  readonly ends: Int32Array;
  readonly placedOrder: Int32Array;
  readonly placedDays: Float64Array;
}

function partitionScratch(largest: number): Scratch {
  let slots = 16;
  while (slots < largest * 2) slots *= 2;
  return {
    table: new Int32Array(slots),
    representative: new Int32Array(largest),
    codes: new Int32Array(largest),
    ends: new Int32Array(largest + 1),
    placedOrder: new Int32Array(largest),
    placedDays: new Float64Array(largest),
  };
}

// Gives the children of positions from to to − 1 codes, lays each child's records out together in
// place by a counting sort, sorts each child's by day and records where each starts in `starts`
// from `firstGroup` on; returns how many children the partition has.
function groupPartition(
  records: Partitioned,
  from: number,
  to: number,
  scratch: Scratch,
  starts: Int32Array,
  firstGroup: number
): number {
  const { order, keyFirst, keySecond, days, texts } = records;
  const { table, representative, codes, ends, placedOrder, placedDays } = scratch;
  let size = 16;
  while (size < (to - from) * 2) size *= 2;
  const mask = size - 1;
  table.fill(0, 0, size);
  let children = 0;
  for (let j = from; j < to; j++) {
    const f = keyFirst[j] ?? 0;
    const s = keySecond[j] ?? 0;
    let slot = keyHash(f, s) & mask;
    let code = -1;
    while (code < 0) {
      const held = (table[slot] ?? 0) - 1;
      if (held < 0) {
        table[slot] = children + 1;
        representative[children] = j;
        ends[children + 1] = 0;
        code = children++;
      } else {
        const r = representative[held] ?? 0;
        if (
          keyFirst[r] === f &&
          keySecond[r] === s &&
          (f !== NOT_PACKED || texts?.[r] === texts?.[j])
        )
          code = held;
        else slot = (slot + 1) & mask;
      }
    }
    codes[j - from] = code;
    ends[code + 1] = (ends[code + 1] ?? 0) + 1;
  }
  // ends[c] becomes where child c's records start (from `from`), then, as they are placed, end.
  ends[0] = 0;
  for (let c = 0; c < children; c++) {
    const start = ends[c] ?? 0;
    ends[c + 1] = (ends[c + 1] ?? 0) + start;
    starts[firstGroup + c] = from + start;
  }
  for (let j = from; j < to; j++) {
    const c = codes[j - from] ?? 0;
    const at = ends[c] ?? 0;
    ends[c] = at + 1;
    placedOrder[at] = order[j] ?? 0;
    placedDays[at] = days[j] ?? 0;
  }
  for (let j = from; j < to; j++) {
    order[j] = placedOrder[j - from] ?? 0;
    days[j] = placedDays[j - from] ?? 0;
  }
  let start = from;
  for (let c = 0; c < children; c++) {
    const end = from + (ends[c] ?? 0);
    if (end - start > 1) sortByDay(order, days, start, end);
    start = end;
  }
  return children;
}

// Insertion sort suits the two or three records most children have; a long group is sorted by the
// engine. Records of one day are interchangeable, so neither need be stable.
function sortByDay(order: Int32Array, days: Float64Array, from: number, to: number): void {
  if (to - from > INSERTION_SORT_MAX) {
    sortLongGroup(order, days, from, to);
    return;
  }
  for (let j = from + 1; j < to; j++) {
    const record = order[j] ?? 0;
    const d = days[j] ?? 0;
    let k = j - 1;
    while (k >= from && (days[k] ?? 0) > d) {
      order[k + 1] = order[k] ?? 0;
      days[k + 1] = days[k] ?? 0;
      k--;
    }
    order[k + 1] = record;
    days[k + 1] = d;
  }
}

// 2^53: below it every integer is a double.
const EXACT_INTEGERS = 9_007_199_254_740_992;

// Each record as one double, (day − earliest) × k + its place among the k, sorts in a typed array by
// the engine's numeric sort, with no comparator called from it: a million records of one child (a
// placeholder id, say) in a tenth of a second rather than seconds. Days too far apart for that (or
// from beyond 2^53, where a day is no longer exact) are sorted through a permutation.
function sortLongGroup(order: Int32Array, days: Float64Array, from: number, to: number): void {
  const k = to - from;
  let earliest = days[from] ?? 0;
  let latest = earliest;
  for (let j = from + 1; j < to; j++) {
    const d = days[j] ?? 0;
    if (d < earliest) earliest = d;
    else if (d > latest) latest = d;
  }
  const records = order.slice(from, to);
  if (
    (latest - earliest + 1) * k <= EXACT_INTEGERS &&
    earliest > -EXACT_INTEGERS &&
    latest < EXACT_INTEGERS
  ) {
    const packed = new Float64Array(k);
    for (let j = from; j < to; j++) packed[j - from] = ((days[j] ?? 0) - earliest) * k + (j - from);
    packed.sort();
    for (let t = 0; t < k; t++) {
      const key = packed[t] ?? 0;
      const place = key % k;
      order[from + t] = records[place] ?? 0;
      days[from + t] = earliest + (key - place) / k;
    }
    return;
  }
  const recordDays = days.slice(from, to);
  const places = Array.from({ length: k }, (_, t) => t);
  places.sort((a, b) => (recordDays[a] ?? 0) - (recordDays[b] ?? 0));
  places.forEach((place, t) => {
    order[from + t] = records[place] ?? 0;
    days[from + t] = recordDays[place] ?? 0;
  });
}
