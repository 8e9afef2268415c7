import * as React from "react";
import {
  Button,
  Dropdown,
  Field,
  Input,
  Option,
  Spinner,
  Switch,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { BenchmarkData } from "../../domain/benchmarks/benchmark-dataset";
import type { RagBasisChoice } from "../../sheet/comparators/rag-basis-choice";
import { DEFAULT_INPUT_SHEET_NAMES } from "../../sheet/input-sheets";
import { SETTING_LABELS } from "../../sheet/settings/setting-keys";
import type { ValueKey } from "../../sheet/settings/workbook-settings";
import {
  RAG_BASIS_LABELS,
  monthSetting,
  monthWords,
  type PaneSettings,
} from "../model/pane-settings";
import { AuthorityPicker } from "./AuthorityPicker";

const LATEST = "latest";
const DEFAULT_BASIS = "default";

const useStyles = makeStyles({
  root: { display: "grid", rowGap: tokens.spacingVerticalL, minWidth: 0 },
  control: { width: "100%", minWidth: 0, maxWidth: "100%" },
  wrap: { overflowWrap: "anywhere" },
  authority: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "end",
    minWidth: 0,
  },
  // Fluent's Input keeps a minimum width of its own; beside Save it must shrink to the pane, and
  // where that would leave it narrower than 10em (a 350 px pane at 200 % zoom) Save wraps below.
  authorityInput: { flexGrow: 1, flexBasis: "10em", minWidth: 0, width: "auto" },
});

export interface SettingsViewProps {
  readonly settings: PaneSettings;
  /**
   * Whether a setting is being written: the controls take no input until it is, but stay enabled
   * to the browser (aria-disabled, read-only), because a focused control that becomes disabled
   * sends the keyboard focus to the page's body in Chromium (Excel's WebView2), and it stays there.
   */
  readonly saving: boolean;
  /** Writes `text` to the setting `key`; `shown` is the choice in the pane's words, for the note. */
  readonly onChange: (key: ValueKey, text: string, shown: string) => void;
  readonly loadBenchmarks: () => Promise<BenchmarkData>;
}

/**
 * The settings the analyst changes most, read from and written to the settings sheet ("CSC
 * Settings"), the one source of truth: a colleague's pane and the command line read the same
 * sheet. A setting is written only when the analyst changes it.
 */
export function SettingsView({
  settings,
  saving,
  onChange,
  loadBenchmarks,
}: SettingsViewProps): React.JSX.Element {
  const styles = useStyles();
  const [authority, setAuthority] = React.useState(settings.localAuthority);
  React.useEffect(() => setAuthority(settings.localAuthority), [settings.localAuthority]);
  const latest = settings.months[0];
  const sheets = settings.candidateDataSheets.includes(settings.dataSheet)
    ? settings.candidateDataSheets
    : [settings.dataSheet, ...settings.candidateDataSheets];
  const month = settings.reportingMonth;
  const monthValue = month === undefined ? LATEST : monthSetting(month);
  const monthText =
    month === undefined
      ? `Latest${latest === undefined ? "" : ` (${monthWords(latest)})`}`
      : monthWords(month);
  const basis = settings.ragBasis;
  const saveAuthority = () => {
    const text = authority.trim();
    if (!saving && text !== settings.localAuthority)
      onChange("localAuthority", text, text === "" ? "none" : text);
  };
  return (
    <section className={styles.root} aria-labelledby="settings-heading">
      <Text as="h2" id="settings-heading" weight="semibold" size={400}>
        Settings
      </Text>
      <Text className={styles.wrap}>
        {settings.settingsSheet
          ? `Read from and saved to the "${DEFAULT_INPUT_SHEET_NAMES.settings}" sheet, so everyone who refreshes this workbook gets the same scorecard.`
          : `This workbook has no "${DEFAULT_INPUT_SHEET_NAMES.settings}" sheet yet: the defaults are used, and the first change you make adds the sheet.`}
      </Text>
      <Field label={SETTING_LABELS.dataSheet} hint="The sheet with the monthly figures.">
        <Dropdown
          className={styles.control}
          value={settings.dataSheet}
          selectedOptions={[settings.dataSheet]}
          aria-disabled={saving}
          onOptionSelect={(_, data) => {
            if (saving || data.optionValue === undefined || data.optionValue === settings.dataSheet)
              return;
            onChange("dataSheet", data.optionValue, data.optionValue);
          }}
        >
          {sheets.map((name) => (
            <Option key={name} value={name}>
              {name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field
        label={SETTING_LABELS.reportingMonth}
        hint={
          settings.months.length === 0
            ? "The data sheet has no months with figures yet."
            : "The months with figures on the data sheet."
        }
      >
        <Dropdown
          className={styles.control}
          value={monthText}
          selectedOptions={[monthValue]}
          aria-disabled={saving}
          onOptionSelect={(_, data) => {
            if (saving || data.optionValue === undefined || data.optionValue === monthValue) return;
            onChange(
              "reportingMonth",
              data.optionValue === LATEST ? "Latest" : data.optionValue,
              data.optionText ?? data.optionValue
            );
          }}
        >
          <Option
            value={LATEST}
            text={`Latest${latest === undefined ? "" : ` (${monthWords(latest)})`}`}
          >
            {`Latest${latest === undefined ? "" : ` (${monthWords(latest)})`}`}
          </Option>
          {settings.months.map((key) => (
            <Option key={key} value={monthSetting(key)} text={monthWords(key)}>
              {monthWords(key)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={SETTING_LABELS.localAuthority} hint="The council's name, shown in titles.">
        <div className={styles.authority}>
          <Input
            className={styles.authorityInput}
            value={authority}
            readOnly={saving}
            onChange={(_, data) => setAuthority(data.value)}
            onKeyDown={(event) => {
              if (event.key === "Enter") saveAuthority();
            }}
            onBlur={saveAuthority}
          />
          <Button
            disabledFocusable={saving || authority.trim() === settings.localAuthority}
            onClick={saveAuthority}
          >
            Save
          </Button>
        </div>
      </Field>
      <AuthorityPicker
        value={settings.benchmarkAuthority}
        saving={saving}
        loadBenchmarks={loadBenchmarks}
        onChange={(text, shown) => onChange("authority", text, shown)}
      />
      <Field
        label={SETTING_LABELS.ragBasis}
        hint="What ratings are judged against where the comparators sheet sets nothing."
      >
        <Dropdown
          className={styles.control}
          value={basis === undefined ? "Each indicator's default" : RAG_BASIS_LABELS[basis]}
          selectedOptions={[basis ?? DEFAULT_BASIS]}
          aria-disabled={saving}
          onOptionSelect={(_, data) => {
            const chosen = data.optionValue as RagBasisChoice | typeof DEFAULT_BASIS | undefined;
            if (saving || chosen === undefined || chosen === (basis ?? DEFAULT_BASIS)) return;
            onChange(
              "ragBasis",
              chosen === DEFAULT_BASIS ? "" : RAG_BASIS_LABELS[chosen],
              data.optionText ?? chosen
            );
          }}
        >
          <Option value={DEFAULT_BASIS}>Each indicator&apos;s default</Option>
          {(Object.keys(RAG_BASIS_LABELS) as RagBasisChoice[]).map((choice) => (
            <Option key={choice} value={choice}>
              {RAG_BASIS_LABELS[choice]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field
        label={SETTING_LABELS.suppression}
        hint="Small counts, and the rates built on them, are shown as c."
      >
        <Switch
          checked={settings.suppression}
          disabledFocusable={saving}
          label={settings.suppression ? "Yes" : "No"}
          onChange={(_, data) => {
            if (!saving)
              onChange("suppression", data.checked ? "yes" : "no", data.checked ? "Yes" : "No");
          }}
        />
      </Field>
      {saving && <Spinner size="tiny" label="Saving to the settings sheet…" />}
    </section>
  );
}
