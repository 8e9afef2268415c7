// Lint for the whole project: Microsoft's office-addins rules (sync before read, no sync in loops),
// typescript-eslint's type-checked rules, prettier, and the architecture: dependencies point inwards,
// towards src/domain, and only src/excel (with the hosts' entry points) may touch Office.js.
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";
import react from "eslint-plugin-react";
import prettier from "eslint-plugin-prettier";
import globals from "globals";
import js from "@eslint/js";
import prettierConfig from "eslint-config-prettier";

const OFFICE_GLOBALS = ["Excel", "Office", "OfficeRuntime", "CustomFunctions"].map((name) => ({
  name,
  message:
    "Office.js belongs in src/excel (and the host entry points); this folder must run in plain Node.",
}));

/** Folders a layer may not import from: everything outward of it. */
function layer(files, forbidden, globalsForbidden = OFFICE_GLOBALS) {
  return {
    files,
    rules: {
      "no-restricted-globals": ["error", ...globalsForbidden],
      "no-restricted-imports": [
        "error",
        {
          patterns: forbidden.map((folder) => ({
            group: [`**/${folder}/*`, `**/${folder}`],
            message: `Dependencies point inwards (domain ← sheet ← plan ← refresh ← excel/cli ← taskpane): this layer may not import from src/${folder}.`,
          })),
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ["dist/**", "dist-tsc/**", "node_modules/**", "coverage/**"] },
  // The rules of office-addins' own "recommended" config, applied here rather than spread in: that
  // config registers a second copy of the typescript-eslint plugin, which flat config refuses.
  js.configs.recommended,
  prettierConfig,
  {
    files: ["**/*.ts", "**/*.tsx"],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { "office-addins": officeAddins, prettier },
    rules: {
      "no-eval": "error",
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "prettier/prettier": ["error", { endOfLine: "auto" }],
    },
  },
  {
    files: ["**/*.tsx"],
    ...react.configs.flat.recommended,
    settings: { react: { version: "detect" } },
  },
  { files: ["**/*.tsx"], rules: { "react/react-in-jsx-scope": "off" } },
  {
    files: ["**/*.js", "**/*.cjs", "**/*.mjs"],
    plugins: { prettier },
    languageOptions: { globals: { ...globals.node }, sourceType: "commonjs" },
    rules: { "prettier/prettier": ["error", { endOfLine: "auto" }] },
  },
  { files: ["**/*.mjs"], languageOptions: { sourceType: "module" } },
  layer(
    ["src/domain/**"],
    ["sheet", "plan", "refresh", "excel", "functions", "taskpane", "cli", "commands"]
  ),
  layer(["src/sheet/**"], ["plan", "refresh", "excel", "functions", "taskpane", "cli", "commands"]),
  layer(["src/plan/**"], ["refresh", "excel", "functions", "taskpane", "cli", "commands"]),
  // The application layer: the one refresh path, which every host calls through its seam.
  layer(["src/refresh/**"], ["excel", "functions", "taskpane", "cli", "commands"]),
  layer(
    ["src/functions/**"],
    ["sheet", "plan", "refresh", "excel", "taskpane", "cli", "commands"],
    []
  ),
  layer(["src/cli/**"], ["excel", "functions", "taskpane", "commands"]),
  layer(["src/excel/**"], ["functions", "taskpane", "cli", "commands"], []),
  {
    files: ["tests/**"],
    rules: {
      // Tests build fixtures from loosely typed JSON and Excel-shaped any[][] arguments on purpose.
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-return": "off",
    },
  }
);
