import { refreshThisWorkbook } from "../excel/refresh/refresh-workbook";

/**
 * Ribbon commands. They run in the shared runtime beside the task pane and the custom functions,
 * so they are registered with `Office.actions.associate` once Office is ready.
 */
export const FUNCTION_REFERENCE_PAGE = "help.html";

/** Opens the function reference shipped with the add-in in an Office dialog. */
export function openFunctionReference(event: Office.AddinCommands.Event): void {
  const url = new URL(FUNCTION_REFERENCE_PAGE, window.location.href).toString();
  Office.context.ui.displayDialogAsync(
    url,
    { height: 70, width: 50, displayInIframe: true },
    (result) => {
      if (result.status === Office.AsyncResultStatus.Failed) {
        // The dialog API reports, e.g., a dialog already open; the ribbon has nowhere to show it, so
        // the developer console is the only place the message can go.
        console.error(`Could not open the function reference: ${result.error.message}`);
      }
      event.completed();
    }
  );
}

/**
 * Home > CSC Scorecard > Refresh scorecard: the same refresh as the pane's button, without opening
 * the pane. Excel gives a function command no way to show a message of its own: the notification
 * API is Outlook's ("FunctionFile element", https://learn.microsoft.com/javascript/api/manifest/functionfile),
 * and a dialog or `Office.addin.showAsTaskpane()` would interrupt the analyst. So the outcome goes
 * to the shared runtime's refresh log, which the pane shows as soon as it is open (README,
 * "Refreshing the scorecard"). `event.completed()` must end every function command
 * ("Office.AddinCommands.Event", https://learn.microsoft.com/javascript/api/office/office.addincommands.event).
 * @returns when the refresh has finished and Office has been told
 */
export function refreshScorecard(event: Office.AddinCommands.Event): Promise<void> {
  // refreshThisWorkbook turns every failure into an outcome in the log, so there is nothing to catch.
  return refreshThisWorkbook("ribbon").then(
    () => event.completed(),
    (bug: unknown) => {
      event.completed();
      throw bug;
    }
  );
}

void Office.onReady(() => {
  Office.actions.associate("openFunctionReference", openFunctionReference);
  Office.actions.associate("refreshScorecard", (event: Office.AddinCommands.Event) => {
    void refreshScorecard(event);
  });
});
