// `npm start`: sideload the add-in into desktop Excel where office-addin-debugging can (Windows and
// macOS); elsewhere (Linux, or START_TARGET=web) say how to sideload into Excel on the web, then
// serve the add-in from https://localhost:3000.
import { spawn } from "node:child_process";
import { writeFileSync, rmSync } from "node:fs";

const desktop =
  ["win32", "darwin"].includes(process.platform) && process.env.START_TARGET !== "web";
const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

function run(command, args) {
  const child = spawn(command, args, { stdio: "inherit", shell: process.platform === "win32" });
  child.on("exit", (code) => process.exit(code ?? 1));
  return child;
}

if (desktop) {
  run(npx, [
    "office-addin-debugging",
    "start",
    "manifest.xml",
    "desktop",
    "--dev-server",
    "npm run dev-server",
  ]);
} else {
  console.log(`
Excel desktop cannot be sideloaded from ${process.platform}. To try the add-in in Excel on the web:
  1. Keep this dev server running (https://localhost:3000). The first time, open
     https://localhost:3000/taskpane.html in your browser and accept its certificate.
  2. Open a workbook in Excel on the web (Microsoft 365).
  3. Home > Add-ins > More add-ins > My add-ins > Upload my add-in, and choose manifest.xml
     from this folder.
  4. The CSC Scorecard group appears on the Home tab; type =CSC. in a cell for the functions.
Stop with Ctrl+C (or \`npm stop\` from another terminal).
`);
  // The dev server runs in a process group of its own (npm, its shell and webpack), so that
  // `npm stop` can stop all of it: stopping npm alone leaves webpack holding port 3000.
  // (Windows has no process groups: there the dev server is npm's child, as before.)
  const group = process.platform !== "win32";
  const server = spawn(npm, ["run", "dev-server"], {
    stdio: "inherit",
    detached: group,
    shell: !group,
  });
  writeFileSync(".dev-server.pid", String(server.pid));
  const forget = () => rmSync(".dev-server.pid", { force: true });
  server.on("exit", (code) => {
    forget();
    process.exit(code ?? 0);
  });
  // Ctrl+C reaches this process only (the group is not the terminal's): pass it on to the group.
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      try {
        if (group) process.kill(-server.pid, signal);
        else server.kill(signal);
      } catch (error) {
        if (error.code !== "ESRCH") throw error;
      }
    });
  }
}
