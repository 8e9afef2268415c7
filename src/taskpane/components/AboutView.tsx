import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { version } from "../../../package.json";

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "grid",
    rowGap: tokens.spacingVerticalXS,
  },
  wrap: { overflowWrap: "anywhere" },
});

/** The version, where the definitions and benchmarks come from, the licences, and privacy. */
export function AboutView(): React.JSX.Element {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="about-heading">
      <Text as="h2" id="about-heading" weight="semibold" size={400}>
        About CSC Scorecard
      </Text>
      <Text>Version {version}</Text>
      <Text as="h3" weight="semibold" size={300}>
        Your data stays in the workbook
      </Text>
      <Text className={styles.wrap}>
        Everything is calculated here, in Excel. The add-in sends nothing anywhere: it makes no
        network request of its own, and your figures never leave the workbook.
      </Text>
      <Text as="h3" weight="semibold" size={300}>
        Data sources
      </Text>
      <ul className={styles.list}>
        <li className={styles.wrap}>
          Indicator definitions: the Department for Education&apos;s published statistics on
          children in need, child protection, children looked after and the social work workforce
          (Open Government Licence v3.0).
        </li>
        <li className={styles.wrap}>
          Targets, statistical neighbours, England and regional figures: whatever you put in the
          comparators sheet.
        </li>
        <li className={styles.wrap}>
          The sample data: a fictional authority; some figures are copied from published council
          reports, as its notes say.
        </li>
      </ul>
      <Text as="h3" weight="semibold" size={300}>
        Licences
      </Text>
      <ul className={styles.list}>
        <li className={styles.wrap}>CSC Scorecard: MIT licence.</li>
        <li className={styles.wrap}>React and Fluent UI (Microsoft): MIT licence.</li>
        <li className={styles.wrap}>
          Office.js: loaded from Microsoft, under Microsoft&apos;s terms.
        </li>
      </ul>
    </section>
  );
}
