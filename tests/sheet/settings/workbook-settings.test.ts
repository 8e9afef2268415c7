import { APPLY_ORDER } from "../../../src/sheet/settings/apply-setting";
import {
  DEFAULT_WORKBOOK_SETTINGS,
  SETTINGS,
  SETTINGS_TABLE,
  withDefaults,
} from "../../../src/sheet/settings/workbook-settings";

describe("the settings table", () => {
  it("reads every key with a value cell once, a tolerance's type before the tolerance", () => {
    const read = SETTINGS_TABLE.filter((def) => "read" in def).map((def) => def.id);
    expect([...APPLY_ORDER].sort()).toEqual([...read].sort());
    expect(APPLY_ORDER.indexOf("toleranceType")).toBeLessThan(APPLY_ORDER.indexOf("tolerance"));
  });

  it("otherwise reads keys in the order the template lists them", () => {
    const template = SETTINGS_TABLE.map((def) => def.id).filter((id) => id !== "toleranceType");
    expect(APPLY_ORDER.filter((id) => id !== "toleranceType")).toEqual(
      template.filter((id) => id !== "alias")
    );
  });

  it("gives an empty sheet the table's defaults, suppression and its threshold together", () => {
    expect(DEFAULT_WORKBOOK_SETTINGS).toEqual({
      fyStartMonth: SETTINGS.fyStartMonth.default,
      reportBy: SETTINGS.reportBy.default,
      suppression: {
        enabled: SETTINGS.suppression.default,
        threshold: SETTINGS.suppressionThreshold.default,
      },
      dataSheet: SETTINGS.dataSheet.default,
    });
  });

  it("keeps a value read over its default, and a tolerance's type only in the tolerance", () => {
    expect(
      withDefaults({
        fyStartMonth: 1,
        suppressionThreshold: 9,
        toleranceType: "absolute",
        tolerance: { kind: "absolute", amount: 2 },
      })
    ).toEqual({
      fyStartMonth: 1,
      reportBy: "month",
      suppression: { enabled: false, threshold: 9 },
      dataSheet: "CSC Data",
      tolerance: { kind: "absolute", amount: 2 },
    });
  });
});
