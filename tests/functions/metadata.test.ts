import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import examples from "../../src/functions/examples.json";

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

async function generate(): Promise<FunctionMetadata[]> {
  const result = await generateCustomFunctionsMetadata([SOURCE], true);
  expect(result.errors).toEqual([]);
  return (JSON.parse(result.metadataJson) as { functions: FunctionMetadata[] }).functions;
}

describe("functions.json, generated from the JSDoc as the webpack plugin does", () => {
  let functions: FunctionMetadata[];
  beforeAll(async () => {
    functions = await generate();
  }, 60_000);

  it("contains the project's functions", () => {
    expect(functions.map((f) => f.id).sort()).toEqual(["FORECAST", "RATEPER10K"]);
  });

  it("gives every function a description, described parameters and a help URL into the shipped reference", () => {
    for (const fn of functions) {
      expect(fn.description).toBeTruthy();
      expect(fn.helpUrl).toBe(`https://localhost:3000/help.html#csc-${fn.id.toLowerCase()}`);
      for (const parameter of fn.parameters) expect(parameter.description).toBeTruthy();
    }
  });

  it("declares no volatile function", () => {
    expect(functions.filter((f) => f.options?.volatile)).toEqual([]);
  });

  it("has a worked example for every function, and none for a function that does not exist", () => {
    expect(Object.keys(examples).sort()).toEqual(functions.map((f) => f.id).sort());
  });

  it("types the scalar arguments as numbers", () => {
    const rate = functions.find((f) => f.id === "RATEPER10K");
    expect(rate?.parameters.map((p) => [p.name, p.type, p.dimensionality ?? "scalar"])).toEqual([
      ["count", "number", "scalar"],
      ["population", "number", "scalar"],
    ]);
  });
});
