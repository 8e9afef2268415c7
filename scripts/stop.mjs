// `npm stop`: undo `npm start`. On Windows and macOS office-addin-debugging unregisters the
// sideloaded add-in and stops its dev server; elsewhere the dev server `npm start` left running stops.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";

if (["win32", "darwin"].includes(process.platform) && process.env.START_TARGET !== "web") {
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  const result = spawnSync(npx, ["office-addin-debugging", "stop", "manifest.xml"], {
    stdio: "inherit",
  });
  process.exit(result.status ?? 1);
}
if (!existsSync(".dev-server.pid")) {
  console.log(
    "No dev server started by `npm start` is running. In Excel on the web, remove the add-in from My add-ins."
  );
  process.exit(0);
}
const pid = Number(readFileSync(".dev-server.pid", "utf8"));
try {
  process.kill(pid, "SIGTERM");
  console.log(`Stopped the dev server (process ${pid}).`);
} catch (error) {
  if (error.code !== "ESRCH") throw error;
  console.log(`The dev server (process ${pid}) had already stopped.`);
}
rmSync(".dev-server.pid", { force: true });
