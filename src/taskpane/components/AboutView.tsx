import * as React from "react";
import { Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { version } from "../../../package.json";
import type { BenchmarkData } from "../../domain/benchmarks/benchmark-dataset";
import { useBenchmarks } from "../hooks/useBenchmarks";
import { datasetSources } from "../model/dataset-sources";

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "grid",
    rowGap: tokens.spacingVerticalXS,
  },
  wrap: { overflowWrap: "anywhere" },
  // A file name breaks after its underscores, hyphens and dots (the <wbr>s FileName puts there);
  // anywhere only where one part is still wider than the pane.
  file: { overflowWrap: "anywhere" },
});

/** Where a published file's name may break across lines: after each "_", "-" or ".". */
const FILE_NAME_BREAK = /(?<=[_.-])/;

export interface AboutViewProps {
  readonly loadBenchmarks: () => Promise<BenchmarkData>;
}

/** The version, where the definitions and benchmarks come from, the licences, and privacy. */
export function AboutView({ loadBenchmarks }: AboutViewProps): React.JSX.Element {
  const styles = useStyles();
  const benchmarks = useBenchmarks(loadBenchmarks);
  const sources = benchmarks.status === "ready" ? datasetSources(benchmarks.data) : null;
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
        Everything is calculated here, in Excel, and your figures never leave the workbook: the
        add-in sends nothing anywhere. The published benchmarks are a data file of the add-in&apos;s
        own: the first time they are needed (the authority list, this page, a refresh naming an
        authority, a benchmark function) the add-in downloads that file, and only it, from its own
        address, where the rest of the add-in is served from, and sends nothing with it.
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
          Built-in benchmarks (statistical neighbours, England, regions, ranks):{" "}
          {benchmarks.status === "loading" && (
            <Spinner size="extra-tiny" label="reading the dataset…" labelPosition="after" />
          )}
          {benchmarks.status === "failed" &&
            `the dataset could not be loaded (${benchmarks.message}).`}
          {sources !== null && (
            <>
              {sources.source}.
              <ul className={styles.list}>
                {sources.releases.map((release) => (
                  <li key={release.release}>
                    {`${release.release}: ${release.years}, ${release.indicators} indicator${release.indicators === 1 ? "" : "s"}.`}
                  </li>
                ))}
                <li>{`Statistical neighbours: the ${sources.neighbourModel}.`}</li>
                <li>
                  Built from the published files{" "}
                  {sources.files.map((file, index) => (
                    <React.Fragment key={file}>
                      {index > 0 && ", "}
                      <FileName name={file} className={styles.file} />
                    </React.Fragment>
                  ))}
                  .
                </li>
              </ul>
            </>
          )}
        </li>
        <li className={styles.wrap}>
          Targets, and any figures typed in the comparators sheet: yours. A figure typed there takes
          precedence over the built-in one, and is marked as local.
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
        <li className={styles.wrap}>
          The built-in benchmarks: Open Government Licence v3.0.
          {sources !== null && (
            <>
              {" "}
              <span>{sources.attribution}</span>
            </>
          )}
        </li>
        <li className={styles.wrap}>React and Fluent UI (Microsoft): MIT licence.</li>
        <li className={styles.wrap}>
          Office.js: loaded from Microsoft, under Microsoft&apos;s terms.
        </li>
      </ul>
    </section>
  );
}

/**
 * A file name that wraps where a reader would split it, after "_", "-" or ".", not in the middle
 * of a word: "c1_children_in_need_…" is one unbroken word to the browser otherwise.
 */
function FileName({
  name,
  className,
}: {
  readonly name: string;
  readonly className: string;
}): React.JSX.Element {
  const parts = name.split(FILE_NAME_BREAK);
  return (
    <span className={className} data-file-name={name}>
      {parts.map((part, index) => (
        <React.Fragment key={index}>
          {index > 0 && <wbr />}
          {part}
        </React.Fragment>
      ))}
    </span>
  );
}
