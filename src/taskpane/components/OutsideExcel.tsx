import * as React from "react";
import { Text, makeStyles } from "@fluentui/react-components";
import { usePaneLocation } from "../hooks/usePaneLocation";
import { FunctionsView } from "./FunctionsView";
import { PaneFrame } from "./PaneFrame";
import { OfficeUnavailable, type Unavailability } from "./OfficeUnavailable";

const useStyles = makeStyles({
  wrap: { overflowWrap: "anywhere" },
});

/**
 * The page when Excel is not there. A function's help link (taskpane.html#functions/csc-rag) opens
 * in a plain browser window, where the Functions page still has everything to show: it is shown,
 * with a line saying where the functions work. Any other page says why it cannot work.
 */
export function OutsideExcel({ reason }: { readonly reason: Unavailability }): React.JSX.Element {
  const styles = useStyles();
  const location = usePaneLocation();
  if (location.view !== "functions") return <OfficeUnavailable reason={reason} />;
  return (
    <PaneFrame>
      <Text as="p" className={styles.wrap}>
        These functions work inside Excel, once the CSC Scorecard add-in is added to it.
      </Text>
      <FunctionsView focus={location.anchor} />
    </PaneFrame>
  );
}
