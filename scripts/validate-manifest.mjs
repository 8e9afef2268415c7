// `npm run validate`: checks manifest.xml offline. Microsoft's `office-addin-manifest validate`
// posts the manifest to an online service, which this project must not depend on. Instead:
//  1. the XSDs, with xmllint, when both are available (MANIFEST_SCHEMA_DIR, or ../shared/schemas/...);
//  2. always, the project's own structural checks (scripts/manifest-checks.js).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { checkManifest } = require("./manifest-checks.js");
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const manifest = path.join(root, process.argv[2] ?? "manifest.xml");
const schemaDir =
  process.env.MANIFEST_SCHEMA_DIR ??
  path.join(root, "..", "shared", "schemas", "office-addin-manifest");
const schema = path.join(schemaDir, "OfficeAppManifestV1_1.xsd");

let failed = false;

const xmllint = spawnSync("xmllint", ["--version"], { stdio: "ignore" });
if (xmllint.error) {
  console.log(
    "schema: skipped (xmllint is not installed; on Debian: apt-get install libxml2-utils)"
  );
} else if (!existsSync(schema)) {
  console.log(`schema: skipped (no XSDs at ${schemaDir}; set MANIFEST_SCHEMA_DIR)`);
} else {
  try {
    execFileSync("xmllint", ["--noout", "--schema", schema, manifest], { stdio: "pipe" });
    console.log(
      `schema: ${path.relative(root, manifest)} is valid against ${path.basename(schema)}`
    );
  } catch (error) {
    failed = true;
    console.error(
      `schema: ${path.relative(root, manifest)} is not valid:\n${error.stderr?.toString() ?? error.message}`
    );
  }
}

const problems = checkManifest(readFileSync(manifest, "utf8"), {
  assetsDir: path.join(root, "assets"),
});
if (problems.length === 0) {
  console.log("structure: resource ids, shared runtime, CSC namespace, icons: all sound");
} else {
  failed = true;
  console.error(
    `structure: ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join("\n")}`
  );
}
process.exit(failed ? 1 : 0);
