import * as csc from "../../src/functions/functions";

/** What Excel shows for an async function: the value, or the error it rejected with. */
async function cell(call: Promise<number>) {
  try {
    return { value: await call };
  } catch (thrown) {
    if (thrown instanceof CustomFunctions.Error)
      return { error: thrown.code, message: thrown.message };
    throw thrown;
  }
}

describe("CSC.BENCHMARK", () => {
  it("gives England's published figure by default, percentages as fractions", async () => {
    // c1 2025 National: re-referrals 22.6%.
    expect(await cell(csc.benchmark("rereferral_pct", "Peterborough", undefined, 2025))).toEqual({
      value: 0.226,
    });
    expect(await cell(csc.benchmark("Re-referrals within 12 months", "874"))).toEqual({
      value: 0.226,
    });
  });

  it("gives the area's own figure, its region's, its rank and quartile", async () => {
    expect(await cell(csc.benchmark("rereferral_pct", "874", "area", "2024/25"))).toEqual({
      value: 0.198,
    });
    // c1 2025 East of England (E12000006): 8,660 re-referrals of 44,610 referrals, published as
    // 19.4% (one decimal place).
    expect(Math.round((8660 / 44610) * 1000) / 10).toBe(19.4);
    expect(await cell(csc.benchmark("rereferral_pct", "874", "region", 2025))).toEqual({
      value: 0.194,
    });
    expect(await cell(csc.benchmark("rereferral_pct", "874", "rank", 2025))).toEqual({ value: 73 });
    expect(await cell(csc.benchmark("rereferral_pct", "874", "quartile", 2025))).toEqual({
      value: 2,
    });
    // A rate is in its own unit: cla 2025 England, 67 per 10,000.
    expect(await cell(csc.benchmark("lac_per10k", "England", "area", 2025))).toEqual({ value: 67 });
  });

  it("is #N/A with the GSS symbol's reason where the figure is withheld", async () => {
    // d5 2025 Barnsley, plans open 2 years or more: "c".
    const result = await cell(csc.benchmark("cpp_open_2yrs_pct", "Barnsley", "area", 2025));
    expect(result).toMatchObject({ error: CustomFunctions.ErrorCode.notAvailable });
    expect("message" in result && result.message).toMatch(/"c".*confidentiality/);
  });

  it("is #N/A naming the reorganisation for an authority that was replaced", async () => {
    const result = await cell(csc.benchmark("rereferral_pct", "Cumbria", "area", 2025));
    expect(result).toMatchObject({ error: CustomFunctions.ErrorCode.notAvailable });
    expect("message" in result && result.message).toMatch(/Cumberland/);
  });

  it("is #VALUE! for an indicator without national data, an unknown area or a bad comparator", async () => {
    // Each call is made only when awaited: a rejected promise left waiting fails the run.
    for (const call of [
      () => csc.benchmark("contacts", "874"),
      () => csc.benchmark("rereferral_pct", "Sample Borough"),
      () => csc.benchmark("rereferral_pct", "874", "nearby"),
      () => csc.benchmark("rereferral_pct", "874", "england", "last year"),
    ])
      expect(await cell(call())).toMatchObject({ error: CustomFunctions.ErrorCode.invalidValue });
  });
});

describe("CSC.SNAVERAGE", () => {
  // Peterborough's neighbours' c1 2025 re-referral percentages.
  const values = [18.5, 23.1, 20.9, 20.5, 20.2, 19.7, 18.9, 17.2, 20.8, 16];

  it("is the mean of the neighbours by default, the median or pooled when asked", async () => {
    const mean = await cell(csc.snAverage("rereferral_pct", "874", 2025));
    expect("value" in mean && mean.value).toBeCloseTo(values.reduce((a, b) => a + b) / 1000, 12);
    const median = await cell(csc.snAverage("rereferral_pct", "874", 2025, "median"));
    expect("value" in median && median.value).toBeCloseTo(0.1995, 12);
    const pooled = await cell(csc.snAverage("rereferral_pct", "874", 2025, "pooled"));
    expect("value" in pooled && pooled.value).toBeCloseTo(0.1983767077785159, 12);
  });

  it("is #N/A with the reason when the authority has no neighbours in the model", async () => {
    const result = await cell(csc.snAverage("rereferral_pct", "909", 2023));
    expect(result).toMatchObject({ error: CustomFunctions.ErrorCode.notAvailable });
  });

  it("is #VALUE! for a method it does not know", async () => {
    expect(await cell(csc.snAverage("rereferral_pct", "874", 2025, "mode"))).toMatchObject({
      error: CustomFunctions.ErrorCode.invalidValue,
    });
  });
});
