/** @type {import('jest').Config} */
module.exports = {
  // Pure code (domain, sheet, plan, functions, excel model) runs in plain Node; files that render
  // React opt into jsdom with a `@jest-environment jsdom` docblock.
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  setupFiles: [
    "<rootDir>/tests/setup/custom-functions-runtime.ts",
    "<rootDir>/tests/setup/jsdom.ts",
  ],
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};
