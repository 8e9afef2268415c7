import { ok, type Calc } from "../../domain/result/calc";
import type { RawCell } from "../grid";
import {
  SETTINGS,
  type GatheredSettings,
  type SettingDef,
  type SettingKey,
  type SettingValue,
  type ValueKey,
} from "./workbook-settings";

type ValueDefs = {
  readonly [K in ValueKey]: Pick<SettingDef<SettingValue<K>, GatheredSettings>, "read" | "uses">;
};

// The table seen key by key; the assignment checks that what each reader uses of the keys read
// before it is what those keys' readers give.
const VALUE_DEFS: ValueDefs = SETTINGS;

const VALUE_KEYS = (Object.keys(SETTINGS) as SettingKey[]).filter(
  (key): key is ValueKey => "read" in SETTINGS[key]
);

/**
 * The keys in the order their values are read: the template's order, except that a key comes after
 * the keys its reader uses. A table whose keys use each other in a circle cannot be read, so it throws.
 */
function readOrder(): ValueKey[] {
  const order: ValueKey[] = [];
  const place = (key: ValueKey, using: readonly ValueKey[]): void => {
    if (order.includes(key)) return;
    if (using.includes(key))
      throw new Error(`settings ${[...using, key].join(" → ")} use each other`);
    for (const used of VALUE_DEFS[key].uses ?? []) place(used, [...using, key]);
    order.push(key);
  };
  for (const key of VALUE_KEYS) place(key, []);
  return order;
}

/** Keys in the order they are applied: a tolerance's type must be known before the tolerance. */
export const APPLY_ORDER: readonly ValueKey[] = readOrder();

/**
 * Reads one setting's value cell into `gathered` with its row's reader, or says what was expected.
 * A value asking for the default ("Latest") leaves the key unset.
 * @example applySetting(gathered, "population", 45000, "General") // ok(undefined), gathered.population 45000
 */
export function applySetting<K extends ValueKey>(
  gathered: GatheredSettings,
  key: K,
  cell: RawCell,
  format: string
): Calc<undefined> {
  const read = VALUE_DEFS[key].read(cell, format, gathered);
  if (!read.ok) return read;
  // Seen through the one key being read, so that the key's value type follows the key.
  const settings: { [P in K]?: SettingValue<P> } = gathered;
  if (read.value !== null) settings[key] = read.value;
  return ok(undefined);
}
