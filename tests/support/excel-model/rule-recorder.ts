import type { RequestQueue } from "./request-context";

const NAVIGATION = /^get/;

function plain(value: unknown): unknown {
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown);
}

/**
 * A stand-in for Office's deep rule objects (a conditional format's `cellValue.format.fill`,
 * `custom.rule`, `iconSet.criteria`...): every property set and method call is queued and recorded
 * under its path ("cellValue.format.fill.color"), so tests can assert exactly what was configured.
 * `getX(...)` calls navigate; other calls (`clear()`) are recorded as `path()` = arguments.
 * @example
 * const rule = ruleRecorder(queue, "ConditionalFormat", () => state.rules, "custom");
 * rule.rule.formula = "=A1>0"; // recorded at sync as rules["custom.rule.formula"]
 */
// The recorded objects mirror Office's loosely-typed nested objects, so they are typed as any.
/* eslint-disable @typescript-eslint/no-explicit-any */
export function ruleRecorder(
  queue: RequestQueue,
  location: string,
  rules: () => Record<string, unknown>,
  path: string
): any {
  /* eslint-enable @typescript-eslint/no-explicit-any */
  const callable = function recorded(): void {};
  return new Proxy(callable, {
    get(_target, key) {
      if (typeof key === "symbol" || key === "then" || key === "toJSON") return undefined;
      return ruleRecorder(queue, location, rules, `${path}.${key}`);
    },
    set(_target, key, value) {
      const at = `${path}.${String(key)}`;
      const copy = plain(value);
      queue.enqueue({
        label: `${location}.${at}`,
        args: copy,
        apply: () => {
          rules()[at] = copy;
        },
      });
      return true;
    },
    apply(_target, _this, args: unknown[]) {
      const name = path.split(".").pop() ?? "";
      const at = `${path}(${args.map((arg) => JSON.stringify(arg)).join(",")})`;
      if (!NAVIGATION.test(name)) {
        const copy = plain(args);
        queue.enqueue({
          label: `${location}.${path}()`,
          args: copy,
          apply: () => {
            rules()[`${path}()`] = copy;
          },
        });
      }
      return ruleRecorder(queue, location, rules, at);
    },
  });
}
