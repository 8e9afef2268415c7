/** Office refuses a `getRanges` address longer than this many characters. */
export const ADDRESS_LIMIT = 8192;

/**
 * Joins A1 ranges into comma-separated addresses, each within Office's limit, so one style takes
 * one `getRanges` call per chunk rather than one call per range.
 * @example chunkAddresses(["A1", "B2:C3"]) // ["A1,B2:C3"]
 */
export function chunkAddresses(ranges: readonly string[], limit: number = ADDRESS_LIMIT): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const range of ranges) {
    if (range.length > limit) throw new RangeError(`the address ${range} alone exceeds ${limit}`);
    const joined = current === "" ? range : `${current},${range}`;
    if (joined.length <= limit) {
      current = joined;
      continue;
    }
    chunks.push(current);
    current = range;
  }
  if (current !== "") chunks.push(current);
  return chunks;
}
