#!/usr/bin/env node
// The package's `csc-scorecard` command: the same as `npm run scorecard`, from any folder.
import { runCompiled } from "../scripts/cli-build.mjs";

runCompiled("src/cli/main.ts", process.argv.slice(2));
