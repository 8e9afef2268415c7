import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import examples from "../../src/functions/examples.json";
import * as csc from "../../src/functions/functions";

interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: {
    name: string;
    type: string;
    dimensionality?: string;
    optional?: boolean;
    description?: string;
  }[];
  result: { type?: string; dimensionality?: string };
  options?: { volatile?: boolean };
}

const SOURCE = path.resolve(__dirname, "../../src/functions/functions.ts");

/** Each function as the issue specifies it: parameters (optional ones in brackets) and the export. */
const SPEC: Record<
  string,
  { exported: string; params: string[]; matrixParams: string[]; spills?: boolean }
> = {
  RATEPER10K: { exported: "ratePer10k", params: ["count", "population"], matrixParams: [] },
  ROLLINGRATE: {
    exported: "rollingRate",
    params: ["monthly_counts", "population", "[months]"],
    matrixParams: ["monthly_counts"],
  },
  PROPORTION: {
    exported: "proportion",
    params: ["numerators", "denominators"],
    matrixParams: ["numerators", "denominators"],
  },
  YTD: {
    exported: "ytd",
    params: ["values", "months", "reporting_month", "[kind]", "[fy_start_month]"],
    matrixParams: ["values", "months"],
  },
  YTDPROPORTION: {
    exported: "ytdProportion",
    params: ["numerators", "denominators", "months", "reporting_month", "[fy_start_month]"],
    matrixParams: ["numerators", "denominators", "months"],
  },
  FORECAST: { exported: "forecast", params: ["ytd_value", "months_elapsed"], matrixParams: [] },
  REREFERRALRATE: {
    exported: "rereferralRate",
    params: ["child_ids", "referral_dates", "[period_start]", "[period_end]"],
    matrixParams: ["child_ids", "referral_dates"],
  },
  REREFERRALS: {
    exported: "rereferrals",
    params: ["child_ids", "referral_dates"],
    matrixParams: ["child_ids", "referral_dates"],
    spills: true,
  },
  REPEATPLANRATE: {
    exported: "repeatPlanRate",
    params: ["child_ids", "plan_start_dates", "[period_start]", "[period_end]"],
    matrixParams: ["child_ids", "plan_start_dates"],
  },
  WORKINGDAYS: { exported: "workingDays", params: ["start_date", "end_date"], matrixParams: [] },
  TIMELINESS: {
    exported: "timeliness",
    params: ["start_dates", "end_dates", "[limit]"],
    matrixParams: ["start_dates", "end_dates"],
  },
  VARIANCE: {
    exported: "variance",
    params: ["value", "comparator", "[relative]"],
    matrixParams: [],
  },
  RAG: {
    exported: "rag",
    params: ["value", "target", "polarity", "[tolerance]", "[tolerance_type]"],
    matrixParams: ["target"],
  },
  DOT: {
    exported: "dot",
    params: ["current", "previous", "polarity", "[threshold]"],
    matrixParams: [],
  },
  FINYEAR: { exported: "finYear", params: ["date", "[fy_start_month]"], matrixParams: [] },
  SUPPRESS: {
    exported: "suppress",
    params: ["value", "[threshold]", "[symbol]"],
    matrixParams: [],
  },
  INDICATOR: { exported: "indicator", params: ["id", "[property]"], matrixParams: [] },
  INDICATORS: { exported: "indicators", params: [], matrixParams: [], spills: true },
  BENCHMARK: {
    exported: "benchmark",
    params: ["indicator", "area", "[comparator]", "[year]"],
    matrixParams: [],
  },
  SNAVERAGE: {
    exported: "snAverage",
    params: ["indicator", "authority", "[year]", "[method]"],
    matrixParams: [],
  },
};

describe("functions.json, generated from the JSDoc as the webpack plugin does", () => {
  let functions: FunctionMetadata[];
  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata([SOURCE], true);
    expect(result.errors).toEqual([]);
    functions = (JSON.parse(result.metadataJson) as { functions: FunctionMetadata[] }).functions;
  }, 60_000);

  it("declares exactly the functions of the CSC namespace", () => {
    expect(functions.map((f) => f.id).sort()).toEqual(Object.keys(SPEC).sort());
  });

  it.each(Object.entries(SPEC))(
    "declares %s with its parameters, optional ones last",
    (id, spec) => {
      const fn = functions.find((f) => f.id === id)!;
      expect(fn.name).toBe(id);
      expect(fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name))).toEqual(spec.params);
    }
  );

  it.each(Object.entries(SPEC))(
    "takes %s's ranges as any[][] and scalars as any, so blanks are not zeros",
    (id, spec) => {
      const fn = functions.find((f) => f.id === id)!;
      for (const parameter of fn.parameters) {
        expect(parameter.type).toBe("any");
        expect(parameter.dimensionality ?? "scalar").toBe(
          spec.matrixParams.includes(parameter.name) ? "matrix" : "scalar"
        );
      }
      expect(fn.result.dimensionality ?? "scalar").toBe(spec.spills ? "matrix" : "scalar");
    }
  );

  it.each(Object.entries(SPEC))(
    "exports %s from functions.ts so Node can call it as Excel does",
    (id, spec) => {
      expect(typeof (csc as Record<string, unknown>)[spec.exported]).toBe("function");
      expect(id).toBe(id.toUpperCase());
    }
  );

  it("gives every function a description, described parameters and a help URL onto the pane's Functions page", () => {
    for (const fn of functions) {
      expect(fn.description).toBeTruthy();
      expect(fn.helpUrl).toBe(
        `https://localhost:3000/taskpane.html#functions/csc-${fn.id.toLowerCase()}`
      );
      for (const parameter of fn.parameters) expect(parameter.description).toBeTruthy();
    }
  });

  it("declares no volatile function", () => {
    expect(functions.filter((f) => f.options?.volatile)).toEqual([]);
  });

  it("has a worked example for every function, and none for a function that does not exist", () => {
    expect(Object.keys(examples).sort()).toEqual(functions.map((f) => f.id).sort());
  });
});
