/**
 * @jest-environment jsdom
 */
import * as React from "react";
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { version } from "../../../package.json";
import type { BenchmarkData } from "../../../src/domain/benchmarks/benchmark-dataset";
import { loadBenchmarks } from "../../../src/domain/benchmarks/load-benchmarks";
import { AboutView } from "../../../src/taskpane/components/AboutView";
import { datasetSources } from "../../../src/taskpane/model/dataset-sources";

const OGL = "Contains public sector information licensed under the Open Government Licence v3.0.";

function renderAbout(load: () => Promise<BenchmarkData> = loadBenchmarks) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <AboutView loadBenchmarks={load} />
    </FluentProvider>
  );
}

jest.setTimeout(30_000);

describe("the About page", () => {
  it("gives the version and says plainly that the data never leaves the workbook", async () => {
    renderAbout();
    expect(screen.getByText(`Version ${version}`)).toBeTruthy();
    expect(screen.getByText(/your figures never leave the workbook/)).toBeTruthy();
    // The dataset chunk is downloaded from where the add-in is served: the page must not say that
    // nothing is fetched, only that nothing but the add-in's own file is, and nothing sent.
    const privacy = screen.getByText(/your figures never leave the workbook/).textContent ?? "";
    expect(privacy).toMatch(/downloads that file, and only it, from its own address/);
    expect(privacy).toMatch(/sends nothing/);
    expect(privacy).not.toMatch(/fetches nothing|no network request/);
    await screen.findByText(OGL, { exact: false });
  });

  it("carries the Open Government Licence attribution word for word", async () => {
    renderAbout();
    const attribution = await screen.findByText(OGL);
    expect(attribution.textContent).toBe(OGL);
  });

  it("names each DfE release and the years the built-in dataset holds of it", async () => {
    renderAbout();
    await screen.findByText(OGL);
    expect(
      screen.getByText(
        "DfE Children in need, reporting year 2025: 2012/13 to 2024/25, 7 indicators."
      )
    ).toBeTruthy();
    expect(
      screen.getByText(
        /^DfE Children looked after in England including adoptions, reporting year 2025: 2020\/21 to 2024\/25/
      )
    ).toBeTruthy();
    expect(
      screen.getByText(/^DfE Children's social work workforce, reporting year 2025: 2017 to 2025/)
    ).toBeTruthy();
    expect(
      screen.getByText("Statistical neighbours: the DfE statistical neighbour model, 2025.")
    ).toBeTruthy();
  });

  it("reads the releases, years and attribution from the dataset, not from the page", async () => {
    const data = await loadBenchmarks();
    const older: BenchmarkData = {
      ...data,
      dataset: {
        ...data.dataset,
        about: { ...data.dataset.about, attribution: "Attribution as the dataset says it." },
        indicators: Object.fromEntries(
          Object.entries(data.dataset.indicators).map(([id, series]) => [
            id,
            { ...series, years: series.years.filter((year) => year <= 2023) },
          ])
        ),
      },
    };
    renderAbout(() => Promise.resolve(older));
    expect(await screen.findByText("Attribution as the dataset says it.")).toBeTruthy();
    expect(
      screen.getByText(/^DfE Children in need, reporting year 2025: 2012\/13 to 2022\/23/)
    ).toBeTruthy();
    expect(datasetSources(older).releases.map((release) => release.indicators)).toEqual([7, 8, 4]);
  });

  it("says so in words when the dataset cannot be loaded", async () => {
    renderAbout(() => Promise.reject(new Error("chunk failed")));
    expect(
      await screen.findByText(/the dataset could not be loaded \(chunk failed\)/)
    ).toBeTruthy();
    expect(screen.getByText(/never leave the workbook/)).toBeTruthy();
  });

  it("lets each published file's name wrap after its underscores, hyphens and dots, whole in text", async () => {
    renderAbout();
    await screen.findByText(OGL);
    const { files } = datasetSources(await loadBenchmarks());
    const shown = Array.from(document.querySelectorAll<HTMLElement>("[data-file-name]"));
    expect(shown.map((element) => element.textContent)).toEqual(files);
    for (const element of shown) {
      const name = element.dataset.fileName ?? "";
      // One break opportunity after each separator, none inside a word.
      expect({ name, breaks: element.querySelectorAll("wbr").length }).toEqual({
        name,
        breaks: (name.slice(0, -1).match(/[_.-]/g) ?? []).length,
      });
      for (const node of Array.from(element.childNodes)) {
        if (node.nodeType === Node.TEXT_NODE) expect(node.textContent).toMatch(/^[^_.-]*[_.-]?$/);
      }
    }
  });
});
