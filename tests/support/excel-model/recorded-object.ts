import { ModelObject } from "./client-object";
import type { RequestQueue } from "./request-context";
import type { Recorded } from "./workbook-state";

/** Checks a value at sync time and returns what Excel stores, or throws Excel's error. */
export type Check = (value: unknown) => unknown;

function plain(value: unknown): unknown {
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown);
}

/**
 * Objects whose properties Excel simply stores (page layout, chart title, legend, axis...): writes
 * are queued, checked at sync and recorded under `prefix + name` in a plain record that snapshots
 * show; loads report the recorded value or Excel's default.
 */
export abstract class RecordedObject extends ModelObject {
  constructor(
    queue: RequestQueue,
    location: string,
    private readonly record: () => Recorded,
    private readonly prefix: string,
    private readonly defaults: Record<string, unknown>,
    private readonly checks: Record<string, Check> = {}
  ) {
    super(queue, location);
  }

  protected scalars(): Record<string, () => unknown> {
    return Object.fromEntries(
      Object.keys(this.defaults).map((key) => [
        key,
        () => plain(this.record()[this.prefix + key] ?? this.defaults[key]),
      ])
    );
  }

  protected recordedGet(key: string): unknown {
    return this.read(key);
  }

  protected recordedSet(key: string, value: unknown): void {
    this.write(key, value, () => {
      const check = this.checks[key];
      this.record()[this.prefix + key] = plain(check ? check(value) : value);
    });
  }

  /** Installs a getter/setter per recorded property on a subclass's prototype. */
  static define(target: { prototype: object }, keys: string[]): void {
    for (const key of keys) {
      Object.defineProperty(target.prototype, key, {
        configurable: true,
        get(this: RecordedObject) {
          return this.recordedGet(key);
        },
        set(this: RecordedObject, value: unknown) {
          this.recordedSet(key, value);
        },
      });
    }
  }
}
