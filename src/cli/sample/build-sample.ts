import path from "node:path";
import { packageRoot } from "../package-root";
import { writeAtomically } from "../write-atomically";
import { SAMPLE_WORKBOOK } from "./sample-file";
import { sampleWorkbook } from "./sample-workbook";
import { sampleXlsx } from "./sample-xlsx";

// `npm run sample:build`: writes the shipped sample from the generator, whole or not at all.
async function main(): Promise<void> {
  const target = path.join(packageRoot(__dirname), SAMPLE_WORKBOOK);
  await writeAtomically(target, await sampleXlsx(sampleWorkbook()));
  console.log(`wrote ${SAMPLE_WORKBOOK}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
