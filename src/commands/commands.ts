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

void Office.onReady(() => {
  Office.actions.associate("openFunctionReference", openFunctionReference);
});
