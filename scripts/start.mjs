// `npm start`: sideload the add-in into desktop Excel where office-addin-debugging can (Windows and
// macOS); elsewhere (Linux, or START_TARGET=web, or `npm start -- --server-only`) serve the add-in
// from https://localhost:3000, say so once it is listening, and say how to sideload it by hand.
// DEV_SERVER_PORT serves on another port (the start/stop test uses it so as not to take 3000).
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";

// DEV_SERVER_PID_FILE: where the dev server's process group is recorded (the start/stop test keeps its own).
const PID_FILE = process.env.DEV_SERVER_PID_FILE || ".dev-server.pid";
const port = Number(
  process.env.DEV_SERVER_PORT || process.env.npm_package_config_dev_server_port || 3000
);
const url = `https://localhost:${port}/`;
const serverOnly =
  process.argv.includes("--server-only") ||
  process.env.START_TARGET === "web" ||
  !["win32", "darwin"].includes(process.platform);
const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

/** Whether something on this machine accepts connections on `port`. */
function listening() {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** Whether the process group a previous `npm start` recorded is still running. */
function previousServer() {
  if (!existsSync(PID_FILE)) return undefined;
  const pid = Number(readFileSync(PID_FILE, "utf8"));
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(process.platform === "win32" ? pid : -pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

if (!serverOnly) {
  const child = spawn(
    npx,
    [
      "office-addin-debugging",
      "start",
      "manifest.xml",
      "desktop",
      "--dev-server",
      "npm run dev-server",
    ],
    { stdio: "inherit", shell: process.platform === "win32" }
  );
  child.on("exit", (code) => process.exit(code ?? 1));
} else {
  const running = previousServer();
  if (running !== undefined) {
    console.log(`A dev server started by \`npm start\` is already running (process ${running}): ${url}
Stop it first with \`npm stop\`.`);
    process.exit(1);
  }
  if (await listening()) {
    // webpack-dev-server would fail on the port after its whole start-up: say it now, in words.
    console.log(`Port ${port} is taken by another program, so the dev server cannot serve ${url}.
See which with \`ss -ltnp | grep :${port}\` (Linux) or \`lsof -i :${port}\` (macOS), stop it, and run npm start again.`);
    process.exit(1);
  }
  // The dev server runs in a process group of its own (npm, its shell and webpack), so that
  // `npm stop` can stop all of it: stopping npm alone leaves webpack holding the port.
  // (Windows has no process groups: there the dev server is npm's child, as before.)
  const group = process.platform !== "win32";
  const server = spawn(npm, ["run", "dev-server"], {
    stdio: "inherit",
    detached: group,
    shell: !group,
    env: { ...process.env, DEV_SERVER_PORT: String(port) },
  });
  writeFileSync(PID_FILE, String(server.pid));
  const forget = () => rmSync(PID_FILE, { force: true });
  let stopped = false;
  server.on("exit", (code) => {
    stopped = true;
    forget();
    process.exit(code ?? 0);
  });
  // Ctrl+C reaches this process only (the group is not the terminal's): pass it on to the group.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.on(signal, () => {
      try {
        if (group) process.kill(-server.pid, signal);
        else server.kill(signal);
      } catch (error) {
        if (error.code !== "ESRCH") throw error;
      }
    });
  }
  // Say where it is once it listens (webpack goes on compiling; the page is served when it is done).
  while (!stopped && !(await listening())) await new Promise((resolve) => setTimeout(resolve, 250));
  if (!stopped) {
    const desktop = ["win32", "darwin"].includes(process.platform)
      ? "`npm start` without START_TARGET=web or --server-only sideloads into desktop Excel"
      : `desktop Excel runs only on Windows and macOS (office-addin-debugging start manifest.xml desktop); from ${process.platform}, use Excel on the web`;
    console.log(`
Dev server running at ${url} (process group ${server.pid}). Sideloading needs Excel: ${desktop}.
In Excel on the web:
  1. The first time, open ${url}taskpane.html in your browser and accept its certificate.
  2. Open a workbook in Excel on the web (Microsoft 365).
  3. Home > Add-ins > More add-ins > My add-ins > Upload my add-in, and choose manifest.xml
     from this folder.
  4. The CSC Scorecard group appears on the Home tab; type =CSC. in a cell for the functions.
Stop with Ctrl+C (or \`npm stop\` from another terminal).
`);
  }
}
