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
// Windows has no process groups: there `npm start` ran the dev server as its own child.
const target = process.platform === "win32" ? pid : -pid;
// `npm start` ran the dev server as a process group of its own (npm, its shell, webpack): stop the
// whole group, which is exactly what it started and nothing else.
const alive = () => {
  try {
    process.kill(target, 0);
    return true;
  } catch {
    return false;
  }
};
if (!Number.isInteger(pid) || pid <= 0 || !alive()) {
  console.log(`The dev server (process ${pid}) had already stopped.`);
} else {
  process.kill(target, "SIGTERM");
  const deadline = Date.now() + 5000;
  while (alive() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  if (alive()) process.kill(target, "SIGKILL");
  console.log(`Stopped the dev server (process group ${pid}).`);
}
rmSync(".dev-server.pid", { force: true });
