// Excel's custom-functions runtime provides a global `CustomFunctions` with an Error class and the
// ErrorCode enumeration (@types/custom-functions-runtime). Node has neither, so the tests install
// the same shape: the functions are then called exactly as Excel calls them.
class CustomFunctionsError {
  readonly code: string;
  readonly message: string | undefined;
  constructor(code: string, message?: string) {
    this.code = code;
    this.message = message;
  }
}

const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

Object.assign(globalThis, {
  CustomFunctions: {
    Error: CustomFunctionsError,
    ErrorCode,
    associate: () => undefined,
  },
});
