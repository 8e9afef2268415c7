import { benchmarksLoader, loadBenchmarks } from "../../../src/domain/benchmarks/load-benchmarks";

// The smallest dataset indexBenchmarks accepts: no areas, no indicators.
const EMPTY = {
  about: { attribution: "", source: "", files: [] },
  areas: [],
  indicators: {},
  neighbours: { model: "", byArea: {} },
};

describe("loading the built-in benchmarks", () => {
  it("imports the dataset once and gives every caller the same data", async () => {
    const importer = jest.fn(() => Promise.resolve({ default: EMPTY }));
    const load = benchmarksLoader(importer);
    const [first, second] = await Promise.all([load(), load()]);
    expect(await load()).toBe(first);
    expect(second).toBe(first);
    expect(importer).toHaveBeenCalledTimes(1);
  });

  it("tries again after a failed download instead of keeping the failure", async () => {
    // The pane's dataset is a chunk downloaded on first use: a dropped connection once must not
    // leave the picker, the About page, refreshes and CSC.BENCHMARK broken until Excel reopens.
    const importer = jest
      .fn<Promise<{ default: unknown }>, []>()
      .mockRejectedValueOnce(new Error("Loading chunk benchmarks failed."))
      .mockResolvedValue({ default: EMPTY });
    const load = benchmarksLoader(importer);
    await expect(load()).rejects.toThrow("Loading chunk benchmarks failed.");
    const data = await load();
    expect(data.dataset.areas).toEqual([]);
    expect(await load()).toBe(data);
    expect(importer).toHaveBeenCalledTimes(2);
  });

  it("loads the committed dataset", async () => {
    const data = await loadBenchmarks();
    expect(data.areaIndex.get("E92000001")).toBe(0);
  });
});
