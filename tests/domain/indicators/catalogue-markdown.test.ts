import { renderCatalogueMarkdown } from "../../../src/domain/indicators/catalogue-markdown";
import { INDICATORS } from "../../../src/domain/indicators/indicator-catalogue";

describe("renderCatalogueMarkdown", () => {
  const markdown = renderCatalogueMarkdown(INDICATORS);
  const lines = markdown.split("\n");

  it("writes a header, a rule and one row per indicator", () => {
    expect(lines[0]).toBe("| id | name | section | unit | polarity | definition | source |");
    expect(lines).toHaveLength(Object.keys(INDICATORS).length + 2);
  });

  it("describes units, sections and polarity in words", () => {
    const row = lines.find((l) => l.startsWith("| `cpp_repeat_pct` |"));
    expect(row).toContain("| Child in need and protection | % | lower is better (good: 10–15) |");
  });

  it("keeps every row to seven cells even when text holds a pipe", () => {
    const custom = { x: { ...INDICATORS.referrals, name: "a | b" } };
    const row = renderCatalogueMarkdown(custom).split("\n")[2] ?? "";
    expect(row.split(/(?<!\\)\|/).length).toBe(9);
  });
});
