import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { readWorkbookSheetNames } from "../excel/read-sheet-names";
import { refreshWorkbook } from "../excel/refresh/refresh-workbook";
import { selectCell } from "../excel/select-cell";
import type { SheetIssue } from "../sheet/sheet-issue";
import { App } from "./components/App";

const refresh = () => Excel.run((context) => refreshWorkbook(context, new Date()));
const goTo = (issue: SheetIssue) =>
  Excel.run((context) => selectCell(context, issue.sheet, issue.cell));

void Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container element");
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App readSheetNames={readWorkbookSheetNames} refresh={refresh} goTo={goTo} />
    </FluentProvider>
  );
});
