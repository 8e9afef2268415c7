/** Error codes the model raises, spelled as Office's `OfficeExtension.Error.code`. */
export type ExcelErrorCode =
  | "InvalidArgument"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidReference"
  | "InvalidOperation"
  | "InvalidObjectPath"
  | "GeneralException"
  | "PropertyNotLoaded"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded";

const DEFAULT_MESSAGES: Record<ExcelErrorCode, string> = {
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: "A resource with the same name or identifier already exists.",
  InvalidReference: "This reference isn't valid for the current operation.",
  InvalidOperation: "The requested operation is invalid.",
  InvalidObjectPath:
    "The object path isn't working for what you're trying to do. The object was created in a different request context.",
  GeneralException: "There was an internal error while processing the request.",
  PropertyNotLoaded: "The property is not available.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
};

/**
 * The shape of `OfficeExtension.Error`: product code branches on `code`, people read `message`,
 * and `debugInfo.errorLocation` says which API member failed.
 */
export class ExcelModelError extends Error {
  readonly code: ExcelErrorCode;
  readonly debugInfo: { code: ExcelErrorCode; message: string; errorLocation?: string };
  readonly traceMessages: string[] = [];

  constructor(code: ExcelErrorCode, message?: string, errorLocation?: string) {
    const text = message ?? DEFAULT_MESSAGES[code];
    super(text);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo =
      errorLocation === undefined
        ? { code, message: text }
        : { code, message: text, errorLocation };
  }
}

/**
 * Builds the error Office throws synchronously when a property is read before load + sync.
 * @example
 * throw propertyNotLoaded("values"); // code "PropertyNotLoaded"
 */
export function propertyNotLoaded(property: string): ExcelModelError {
  return new ExcelModelError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
  );
}

/**
 * Shorthand for raising an Excel error with a location, as Excel's request processor does.
 * @example
 * throw excelError("ItemNotFound", "Worksheet.getItem", "No sheet named 'Data'.");
 */
export function excelError(
  code: ExcelErrorCode,
  location: string,
  message?: string
): ExcelModelError {
  return new ExcelModelError(code, message, location);
}
