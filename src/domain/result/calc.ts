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

/**
 * What went wrong. `field` names the input at fault where a calculation takes several (the
 * denominator of an own indicator), so a reader can point at the right cell without reading the
 * sentence; `F` narrows it to the inputs of one calculation.
 */
export interface CalcError<F extends string = string> {
  readonly code: CalcErrorCode;
  /** A sentence an analyst understands, naming what is wrong. */
  readonly detail: string;
  readonly field?: F;
}

export type Calc<T, F extends string = string> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: CalcError<F> };

/** @example ok(3) // { ok: true, value: 3 } */
export function ok<T, F extends string = never>(value: T): Calc<T, F> {
  return { ok: true, value };
}

/**
 * @example fail("NO_DATA", "No referrals in 2015/16.")
 * @example fail("INVALID_INPUT", "Indicator x: the section \"Triage\" is not known.", "section")
 */
export function fail<T = never, F extends string = string>(
  code: CalcErrorCode,
  detail: string,
  field?: F
): Calc<T, F> {
  return { ok: false, error: field === undefined ? { code, detail } : { code, detail, field } };
}

/** Applies `f` to a successful value; passes an error through unchanged. */
export function mapCalc<T, U>(calc: Calc<T>, f: (value: T) => U): Calc<U> {
  return calc.ok ? ok(f(calc.value)) : calc;
}

/** Chains a calculation that can itself fail. */
export function chainCalc<T, U>(calc: Calc<T>, f: (value: T) => Calc<U>): Calc<U> {
  return calc.ok ? f(calc.value) : calc;
}
