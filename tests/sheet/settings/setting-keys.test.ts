import { settingKeyOf, suggestSettingKeys } from "../../../src/sheet/settings/setting-keys";
import { renderSettingsMarkdown } from "../../../src/sheet/settings/settings-markdown";
import { SETTINGS_TABLE } from "../../../src/sheet/settings/workbook-settings";

describe("the settings sheet's keys", () => {
  it("knows each key by its synonyms whatever the case and punctuation", () => {
    expect(settingKeyOf("Local authority")).toBe("localAuthority");
    expect(settingKeyOf("LA:")).toBe("localAuthority");
    expect(settingKeyOf("AUTHORITY")).toBe("localAuthority");
    expect(settingKeyOf("Month")).toBe("reportingMonth");
    expect(settingKeyOf("FY start")).toBe("fyStartMonth");
    expect(settingKeyOf("Financial year start month")).toBe("fyStartMonth");
    expect(settingKeyOf("Suppression")).toBe("suppression");
    expect(settingKeyOf("Population 0-17")).toBe("population");
    expect(settingKeyOf("Population (0–17)")).toBe("population");
    expect(settingKeyOf("Child population")).toBe("population");
    expect(settingKeyOf("No change threshold")).toBe("noChangeThreshold");
    expect(settingKeyOf("Data\u00a0sheet")).toBe("dataSheet");
    expect(settingKeyOf("Favourite colour")).toBeUndefined();
  });

  it("recognises every key and synonym the documentation lists", () => {
    for (const doc of SETTINGS_TABLE)
      for (const text of [doc.key, ...doc.synonyms]) expect(settingKeyOf(text)).toBe(doc.id);
  });

  it("suggests the key an unknown one was meant to be, as the template writes it", () => {
    // "Report by" is near enough to be offered too, but after the key meant.
    expect(suggestSettingKeys("Reportng month")[0]).toBe("Reporting month");
    expect(suggestSettingKeys("Populaton")).toContain("Population");
    expect(suggestSettingKeys("xyzzy plugh")).toEqual([]);
  });

  it("renders one markdown row per key, with its meaning, default and example", () => {
    const lines = renderSettingsMarkdown().split("\n");
    expect(lines[0]).toBe("| key | meaning | default | example |");
    expect(lines).toHaveLength(SETTINGS_TABLE.length + 2);
    expect(lines.find((line) => line.startsWith("| Financial year start month"))).toContain(
      "April (4)"
    );
    expect(lines.find((line) => line.startsWith("| Alias"))).toContain(
      "Alias \\| Contacts in month \\| contacts"
    );
  });
});
