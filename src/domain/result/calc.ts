/**
 * Errors as values: every domain calculation that can fail for a reason the analyst can fix
 * returns a `Calc`. Hosts map the codes to their own vocabulary (Excel error values in
 * `src/functions`, a message bar in the task pane); exceptions are reserved for bugs.
 */
export type CalcErrorCode =
  /** A denominator (or population) is zero. */
  | "DIV_BY_ZERO"
  /** Nothing to compute from: no data in the period asked for. */
  | "NO_DATA"
  /** An input of the wrong type or shape (a date that is not a date, ranges of different sizes). */
  | "INVALID_INPUT"
  /** A number that cannot be right (a negative count, a numerator above its denominator). */
  | "INVALID_NUMBER";

export interface CalcError {
  readonly code: CalcErrorCode;
  /** A sentence an analyst understands, naming what is wrong. */
  readonly detail: string;
}

export type Calc<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: CalcError };

/** @example ok(3) // { ok: true, value: 3 } */
export function ok<T>(value: T): Calc<T> {
  return { ok: true, value };
}

/** @example fail("NO_DATA", "No referrals in 2015/16.") */
export function fail<T = never>(code: CalcErrorCode, detail: string): Calc<T> {
  return { ok: false, error: { code, detail } };
}

/** Applies `f` to a successful value; passes an error through unchanged. */
export function mapCalc<T, U>(calc: Calc<T>, f: (value: T) => U): Calc<U> {
  return calc.ok ? ok(f(calc.value)) : calc;
}

/** Chains a calculation that can itself fail. */
export function chainCalc<T, U>(calc: Calc<T>, f: (value: T) => Calc<U>): Calc<U> {
  return calc.ok ? f(calc.value) : calc;
}
