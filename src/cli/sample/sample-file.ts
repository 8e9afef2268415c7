/** Where the shipped sample workbook lives, relative to the package root. */
export const SAMPLE_WORKBOOK = "samples/sample-scorecard-data.xlsx";

/** What the command writes when told no output: in the folder it is run from. */
export const DEFAULT_OUTPUT = "scorecard.xlsx";
