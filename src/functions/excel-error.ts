import { finiteResult } from "../domain/arithmetic/finite";
import type { Calc, CalcError, CalcErrorCode } from "../domain/result/calc";

/** The one place where the domain's error codes become Excel's error values. */
const EXCEL_ERROR_FOR: Record<CalcErrorCode, CustomFunctions.ErrorCode> = {
  DIV_BY_ZERO: CustomFunctions.ErrorCode.divisionByZero,
  NO_DATA: CustomFunctions.ErrorCode.notAvailable,
  INVALID_INPUT: CustomFunctions.ErrorCode.invalidValue,
  INVALID_NUMBER: CustomFunctions.ErrorCode.invalidNumber,
};

/**
 * Unwraps a domain result for Excel: the value, or an Excel error (#DIV/0!, #N/A, #VALUE!, #NUM!)
 * whose message the analyst sees when hovering over the cell. The domain's arithmetic already
 * refuses results that are not finite; a number result is checked once more here because every
 * function passes through this one place, so none can hand Excel Infinity or NaN (which it would
 * show without a message), whatever code it runs.
 */
export function toExcel<T>(calc: Calc<T>): T {
  if (!calc.ok) throwExcelError(calc.error);
  if (typeof calc.value !== "number") return calc.value;
  const finite = finiteResult(calc.value, "The result");
  if (!finite.ok) throwExcelError(finite.error);
  return finite.value as T;
}

function throwExcelError(error: CalcError): never {
  // CustomFunctions.Error is the runtime's own error type and is not a subclass of Error; throwing
  // it is how Excel is told to show an error value with a message.
  // eslint-disable-next-line @typescript-eslint/only-throw-error
  throw new CustomFunctions.Error(EXCEL_ERROR_FOR[error.code], error.detail);
}
