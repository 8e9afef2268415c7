/** What Excel would show in the cell: the value, or the error with its code and message. */
export type CellResult<T> = { value: T } | { error: string; message: string | undefined };

/** Calls a custom function as Excel does and captures a thrown CustomFunctions.Error as a cell error. */
export function excelCall<T>(fn: () => T): CellResult<T> {
  try {
    return { value: fn() };
  } catch (thrown) {
    if (thrown instanceof CustomFunctions.Error)
      return { error: thrown.code, message: thrown.message };
    throw thrown;
  }
}
