/** @type {import('jest').Config} */
module.exports = {
  // Pure code (domain, sheet, plan, functions, excel model) runs in plain Node; files that render
  // React opt into jsdom with a `@jest-environment jsdom` docblock.
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", isolatedModules: true }],
  },
  setupFiles: ["<rootDir>/tests/setup/environment.ts"],
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};
