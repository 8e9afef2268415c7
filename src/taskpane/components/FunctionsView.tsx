import * as React from "react";
import { Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import examples from "../../functions/examples.json";

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "grid",
    rowGap: tokens.spacingVerticalM,
  },
  item: { minWidth: 0, overflowWrap: "anywhere", scrollMarginTop: tokens.spacingVerticalM },
  formula: {
    display: "block",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusSmall,
    overflowWrap: "anywhere",
    whiteSpace: "pre-wrap",
  },
  detail: { display: "block", color: tokens.colorNeutralForeground2 },
  // The body text's colour, underlined: the brand link colour of the high-contrast theme fails
  // axe's contrast check on this background.
  link: { color: tokens.colorNeutralForeground1, textDecorationLine: "underline" },
});

interface Example {
  readonly formula: string;
  readonly result: string;
  readonly explanation: string;
  readonly blanks: string;
}

const FUNCTIONS = Object.entries(examples as Readonly<Record<string, Example>>);

export interface FunctionsViewProps {
  /** A function's anchor ("csc-rag") to bring into view and focus: a help link's. */
  readonly focus?: string | undefined;
}

/**
 * Every CSC function with a worked example, and the way to the full reference. The functions'
 * help links (taskpane.html#functions/csc-rag) land here, on their function.
 */
export function FunctionsView({ focus }: FunctionsViewProps = {}): React.JSX.Element {
  const styles = useStyles();
  React.useEffect(() => {
    if (focus === undefined) return;
    const target = document.getElementById(focus);
    if (target === null) return;
    // jsdom has no scrollIntoView; browsers all do.
    target.scrollIntoView?.({ block: "start" });
    // Focus takes a screen reader there too; the scroll above has already placed it.
    target.focus({ preventScroll: true });
  }, [focus]);
  return (
    <section className={styles.root} aria-labelledby="functions-heading">
      <Text as="h2" id="functions-heading" weight="semibold" size={400}>
        Worksheet functions
      </Text>
      <Text>
        Type <code>=CSC.</code> in any cell: the same calculations as the scorecard, to the
        published definitions. Blank cells are never counted as 0.
      </Text>
      <ul className={styles.list}>
        {FUNCTIONS.map(([name, example]) => (
          <li
            key={name}
            className={styles.item}
            id={functionAnchor(name)}
            tabIndex={-1}
            aria-labelledby={`${functionAnchor(name)}-name`}
          >
            <Text as="h3" weight="semibold" size={300} id={`${functionAnchor(name)}-name`}>
              CSC.{name}
            </Text>
            <code className={styles.formula}>{example.formula}</code>
            <Text size={200} className={styles.detail}>
              {example.explanation} Result: {example.result}. {example.blanks}
            </Text>
            <Link
              className={styles.link}
              href={`help.html#${functionAnchor(name)}`}
              target="_blank"
            >
              CSC.{name} in the full reference
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A function's anchor on this page and in help.html: "csc-rateper10k". */
export function functionAnchor(name: string): string {
  return `csc-${name.toLowerCase()}`;
}
