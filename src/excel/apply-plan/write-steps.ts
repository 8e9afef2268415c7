/** One queued piece of a refresh and the request bytes it adds, so writes can be packed into syncs. */
export interface WriteStep {
  readonly bytes: number;
  readonly queue: () => void;
}

/**
 * Excel on the web refuses a request over 5 MB; a sync's writes are packed to stay under this,
 * leaving room for the JSON framing around them.
 */
export const SYNC_BUDGET_BYTES = 4 * 1024 * 1024;

/** The largest slice of one block written by one `values` (or `numberFormat`) assignment. */
export const BLOCK_SLICE_BYTES = 1024 * 1024;

/** Steps with no large payload (property sets, calls). */
export const SMALL_STEP_BYTES = 200;

/**
 * UTF-8 bytes of a value sent as JSON, as the request carries it.
 * @example payloadBytes([["▲ Up"]]) // 12
 */
export function payloadBytes(value: unknown): number {
  const text = JSON.stringify(value);
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdbff ? 2 : 3;
  }
  return bytes;
}

/**
 * Groups steps into syncs of at most `budget` bytes, in order. A normal plan fits one group; only
 * a plan over the request limit needs more, and so more syncs.
 * @example packSteps([{ bytes: 3e6, queue }, { bytes: 3e6, queue }]).length // 2
 */
export function packSteps(
  steps: readonly WriteStep[],
  budget: number = SYNC_BUDGET_BYTES
): WriteStep[][] {
  const groups: WriteStep[][] = [[]];
  let used = 0;
  for (const step of steps) {
    const current = groups[groups.length - 1] ?? [];
    if (used + step.bytes > budget && current.length > 0) {
      groups.push([step]);
      used = step.bytes;
      continue;
    }
    current.push(step);
    used += step.bytes;
  }
  return groups;
}
