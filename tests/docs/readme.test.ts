import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import examples from "../../src/functions/examples.json";
import { renderFunctionReferenceMarkdown } from "../../scripts/function-reference";
import { syncSection } from "./readme-sections";
import { renderCatalogueMarkdown } from "../../src/domain/indicators/catalogue-markdown";
import { INDICATORS } from "../../src/domain/indicators/indicator-catalogue";
import { renderSettingsMarkdown } from "../../src/sheet/settings/settings-markdown";

// The README's reference tables are generated, never hand copies: these tests fail when the README
// and the code disagree. `npm run docs` rewrites the sections.
describe("README", () => {
  it("documents exactly the worksheet functions that functions.json declares", async () => {
    const source = path.resolve(__dirname, "../../src/functions/functions.ts");
    const result = await generateCustomFunctionsMetadata([source], true);
    const generated = renderFunctionReferenceMarkdown(JSON.parse(result.metadataJson), examples);
    expect(syncSection("functions", generated)).toBe(`${generated.trimEnd()}\n`);
  }, 60_000);

  it("documents the indicator catalogue as the catalogue itself defines it", () => {
    const generated = renderCatalogueMarkdown(INDICATORS);
    expect(syncSection("indicators", generated)).toBe(`${generated.trimEnd()}\n`);
  });

  it("documents the settings sheet's keys as the settings reader defines them", () => {
    const generated = renderSettingsMarkdown();
    expect(syncSection("settings", generated)).toBe(`${generated.trimEnd()}\n`);
  });
});
