/**
 * `npm start` and `npm stop` on a machine with no Excel (Linux, as CI is): start serves the add-in
 * and says where once it is listening, without trying to sideload; stop ends the whole dev server
 * (npm, its shell and webpack) and frees the port. The server is started on a free port of its
 * own, with its own record of the process group, so a developer's `npm start` is left alone.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { connect, createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");
jest.setTimeout(60_000);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

let start: ChildProcess | undefined;
let group: number | undefined;

afterAll(() => {
  // Only if the test failed half-way: end what it started, by its own process group.
  if (group !== undefined && groupAlive(group)) process.kill(-group, "SIGKILL");
  if (start?.exitCode === null) start.kill("SIGKILL");
});

const posix = process.platform === "win32" ? it.skip : it;

posix("npm start serves and says where; npm stop frees the port", async () => {
  const port = await freePort();
  const env = {
    ...process.env,
    DEV_SERVER_PORT: String(port),
    DEV_SERVER_PID_FILE: path.join(
      mkdtempSync(path.join(tmpdir(), "csc-start-")),
      "dev-server.pid"
    ),
    START_TARGET: "web",
  };
  const began = Date.now();
  start = spawn(process.execPath, ["scripts/start.mjs", "--server-only"], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  start.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  start.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => start?.once("exit", resolve));
  const said = `Dev server running at https://localhost:${port}/`;
  while (!output.includes(said) && start.exitCode === null && Date.now() - began < 45_000) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  expect({ said: output.includes(said), output: output.slice(-1500) }).toEqual({
    said: true,
    output: output.slice(-1500),
  });
  expect(output).toMatch(/Sideloading needs Excel: desktop Excel runs only on Windows and macOS/);
  expect(existsSync(env.DEV_SERVER_PID_FILE)).toBe(true);
  expect(await listening(port)).toBe(true);
  group = Number(readFileSync(env.DEV_SERVER_PID_FILE, "utf8"));
  expect(groupAlive(group)).toBe(true);

  const stop = spawnSync(process.execPath, ["scripts/stop.mjs"], {
    cwd: ROOT,
    env,
    encoding: "utf8",
  });
  expect(stop.status).toBe(0);
  expect(stop.stdout).toMatch(/Stopped the dev server \(process group \d+\)/);
  expect(stop.stdout).not.toMatch(/still taken/);
  expect(await listening(port)).toBe(false);
  // npm start ends with its server, and nothing of the server's group is left.
  await exited;
  expect(groupAlive(group)).toBe(false);
  expect(existsSync(env.DEV_SERVER_PID_FILE)).toBe(false);
});
