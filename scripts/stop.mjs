// `npm stop`: undo `npm start`. On Windows and macOS office-addin-debugging unregisters the
// sideloaded add-in and stops its dev server; elsewhere the dev server `npm start` left running stops.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { connect } from "node:net";

// Where `npm start` recorded the dev server's process group (DEV_SERVER_PID_FILE, as it reads it).
const PID_FILE = process.env.DEV_SERVER_PID_FILE || ".dev-server.pid";

if (["win32", "darwin"].includes(process.platform) && process.env.START_TARGET !== "web") {
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  const result = spawnSync(npx, ["office-addin-debugging", "stop", "manifest.xml"], {
    stdio: "inherit",
  });
  process.exit(result.status ?? 1);
}
if (!existsSync(PID_FILE)) {
  console.log(
    "No dev server started by `npm start` is running. In Excel on the web, remove the add-in from My add-ins."
  );
  process.exit(0);
}
const pid = Number(readFileSync(PID_FILE, "utf8"));
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
  const gone = async (ms) => {
    const deadline = Date.now() + ms;
    while (alive() && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    return !alive();
  };
  process.kill(target, "SIGTERM");
  // webpack's graceful shutdown waits for a compilation under way to finish; the dev server has
  // nothing to save, so after 3 s it is killed, and waited for until the group is gone.
  if (!(await gone(3000))) {
    process.kill(target, "SIGKILL");
    await gone(5000);
  }
  console.log(`Stopped the dev server (process group ${pid}).`);
}
rmSync(PID_FILE, { force: true });
// Whatever still listens on the port is not the dev server `npm start` started: say so.
const port = Number(
  process.env.DEV_SERVER_PORT || process.env.npm_package_config_dev_server_port || 3000
);
const listening = () =>
  new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
// A killed process's socket closes as the kernel finishes with it: give that a moment.
let taken = await listening();
for (let i = 0; i < 20 && taken; i++) {
  await new Promise((resolve) => setTimeout(resolve, 100));
  taken = await listening();
}
if (taken) {
  console.log(
    `Port ${port} is still taken, by a program \`npm start\` did not start: see \`ss -ltnp | grep :${port}\`.`
  );
}
