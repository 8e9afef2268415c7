import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { readWorkbookSheetNames } from "../excel/read-sheet-names";
import { App } from "./components/App";

void Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container element");
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App readSheetNames={readWorkbookSheetNames} />
    </FluentProvider>
  );
});
