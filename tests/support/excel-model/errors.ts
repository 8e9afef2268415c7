/**
 * Error codes the model raises, spelled as Office's `OfficeExtension.Error.code`, with the messages
 * of Microsoft's table ("Error handling with the application-specific JavaScript APIs",
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 */
export type ExcelErrorCode =
  | "AccessDenied"
  | "EmptyChartSeries"
  | "InactiveWorkbook"
  | "InvalidArgument"
  | "InvalidOperationInCellEditMode"
  | "InvalidSelection"
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
  AccessDenied: "You cannot perform the requested operation.",
  EmptyChartSeries: "The attempted operation failed because the chart series is empty.",
  InactiveWorkbook:
    "The operation failed because multiple workbooks are open and the workbook being called by this API has lost focus.",
  InvalidOperationInCellEditMode:
    "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting another cell, and then try again.",
  InvalidSelection: "The current selection is invalid for this operation.",
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
