import * as React from "react";
import {
  Button,
  Combobox,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { authorityChoices, searchAuthorities } from "../../domain/benchmarks/authority-search";
import type { BenchmarkData } from "../../domain/benchmarks/benchmark-dataset";
import { SETTING_LABELS } from "../../sheet/settings/setting-keys";
import { useBenchmarks } from "../hooks/useBenchmarks";
import { authorityInUse } from "../model/benchmark-authority";

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  row: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "end",
    minWidth: 0,
  },
  // Fluent's Combobox keeps a minimum width of its own; beside Clear it must shrink to the pane,
  // and where that would leave it narrower than 10em (200 % zoom) Clear wraps below it.
  combobox: { flexGrow: 1, flexBasis: "10em", minWidth: 0, width: "auto" },
  // The input fills its grid column, the chevron beside it: its box, padding included, is the
  // column's width (content-box, its left padding pushed it under the chevron), and a right
  // padding of its own (Fluent's has none) keeps its text off the chevron.
  input: {
    minWidth: 0,
    width: "100%",
    boxSizing: "border-box",
    paddingRight: tokens.spacingHorizontalS,
  },
  // Fluent's buttons keep 96 px; at 320 px the box needs that room more than Clear does.
  clear: { minWidth: "auto", flexShrink: 0 },
  wrap: { overflowWrap: "anywhere" },
});

const HINT = "Type its name, its DfE code (874) or its ONS code (E06000031).";
const NO_MATCH = "no-match";

export interface AuthorityPickerProps {
  /** The setting's text as the settings sheet holds it ("" for none). */
  readonly value: string;
  /** Whether a setting is being written: the box takes no input meanwhile, but keeps the focus. */
  readonly saving: boolean;
  readonly loadBenchmarks: () => Promise<BenchmarkData>;
  /** Writes the setting: a DfE code, or "" for none; `shown` is the choice as the list names it. */
  readonly onChange: (text: string, shown: string) => void;
}

/**
 * The Benchmark authority setting, chosen from the authorities of the built-in dataset, searched
 * by name or code. The dataset loads when the list is first shown, not with the pane.
 */
export function AuthorityPicker(props: AuthorityPickerProps): React.JSX.Element {
  const styles = useStyles();
  const benchmarks = useBenchmarks(props.loadBenchmarks);
  const label = SETTING_LABELS.authority;
  if (benchmarks.status === "loading") {
    return (
      <Field label={label} hint={HINT}>
        <Spinner size="tiny" label="Loading the published authorities…" />
      </Field>
    );
  }
  if (benchmarks.status === "failed") {
    return (
      <Field
        label={label}
        validationState="error"
        validationMessage={`The built-in benchmarks could not be loaded: ${benchmarks.message}`}
      >
        <Text className={styles.wrap}>
          {props.value === "" ? "None chosen." : `The settings sheet says "${props.value}".`}
        </Text>
      </Field>
    );
  }
  return <Picker {...props} data={benchmarks.data} />;
}

function Picker({
  value,
  saving,
  onChange,
  data,
}: AuthorityPickerProps & { readonly data: BenchmarkData }): React.JSX.Element {
  const styles = useStyles();
  const choices = React.useMemo(() => authorityChoices(data), [data]);
  const inUse = React.useMemo(() => authorityInUse(data, choices, value), [data, choices, value]);
  const selected = inUse.kind === "authority" ? inUse.choice : undefined;
  const selectedLabel = selected?.label ?? "";
  const [query, setQuery] = React.useState(selectedLabel);
  // Once the sheet has been written (or the write failed) and read again, the box shows what the
  // sheet now says: the pane is saving until the reading is on screen (App's act).
  React.useEffect(() => {
    if (!saving) setQuery(selectedLabel);
  }, [selectedLabel, saving]);
  const matches = query === selectedLabel ? choices : searchAuthorities(choices, query);
  const choose = (code: string, label: string) => {
    if (!saving && code !== selected?.code) onChange(code, label);
  };
  return (
    <div className={styles.root}>
      <Field label={SETTING_LABELS.authority} hint={HINT}>
        <div className={styles.row}>
          <Combobox
            className={styles.combobox}
            input={{ className: styles.input }}
            value={query}
            selectedOptions={selected === undefined ? [] : [selected.code]}
            // Short enough for a 350 px pane at 200 % zoom; the hint says what may be typed.
            placeholder="Search"
            // Not disabled while saving: Chromium would send the focus to the body (see SettingsView).
            aria-disabled={saving}
            onChange={(event) => {
              if (!saving) setQuery(event.target.value);
            }}
            onBlur={() => {
              if (!choices.some((choice) => choice.label === query)) setQuery(selectedLabel);
            }}
            onOptionSelect={(_, chosen) => {
              if (saving || chosen.optionValue === undefined || chosen.optionValue === NO_MATCH)
                return;
              setQuery(chosen.optionText ?? "");
              choose(chosen.optionValue, chosen.optionText ?? chosen.optionValue);
            }}
          >
            {matches.map((choice) => (
              <Option key={choice.code} value={choice.code} text={choice.label}>
                {choice.label}
              </Option>
            ))}
            {matches.length === 0 && (
              <Option value={NO_MATCH} text="" disabled>
                {`No English authority matches "${query.trim()}".`}
              </Option>
            )}
          </Combobox>
          <Button
            className={styles.clear}
            aria-label={`Clear ${SETTING_LABELS.authority.toLowerCase()}`}
            disabledFocusable={saving || value.trim() === ""}
            onClick={() => onChange("", "none")}
          >
            Clear
          </Button>
        </div>
      </Field>
      <InUse inUse={inUse} value={value} />
    </div>
  );
}

function InUse({
  inUse,
  value,
}: {
  readonly inUse: ReturnType<typeof authorityInUse>;
  readonly value: string;
}): React.JSX.Element {
  const styles = useStyles();
  switch (inUse.kind) {
    case "none":
      return (
        <Text className={styles.wrap}>
          None: only the figures typed in the comparators sheet are used.
        </Text>
      );
    case "unusable":
      return (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody className={styles.wrap}>
            {`The settings sheet says "${value}": ${inUse.message} Until it names an authority, only the comparators sheet's figures are used.`}
          </MessageBarBody>
        </MessageBar>
      );
    case "authority":
      return (
        <>
          <Text className={styles.wrap}>
            {`In use: ${inUse.choice.name} (${inUse.choice.code}). Its statistical neighbours, its region and England fill the comparators the comparators sheet leaves blank.`}
          </Text>
          {inUse.notes.map((note) => (
            <MessageBar key={note} intent="info" layout="multiline">
              <MessageBarBody className={styles.wrap}>{note}</MessageBarBody>
            </MessageBar>
          ))}
        </>
      );
  }
}
