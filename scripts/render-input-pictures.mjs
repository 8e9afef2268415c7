// Draws the README's pictures of the three input sheets from docs/example-workbook.json, as Excel
// shows them (column letters, row numbers, gridlines), with headless Chromium (Debian: chromium).
// Run `node scripts/render-input-pictures.mjs` after changing the example; the PNGs are committed.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const workbook = JSON.parse(readFileSync(path.join(root, "docs", "example-workbook.json"), "utf8"));
const chromium = process.env.CHROMIUM ?? "/usr/bin/chromium";

const letters = (i) =>
  i < 26 ? String.fromCharCode(65 + i) : letters(Math.floor(i / 26) - 1) + letters(i % 26);
const escape = (text) =>
  String(text).replace(/[&<>]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;" })[c]);

function page(sheet) {
  const columns = Math.max(...sheet.values.map((row) => row.length));
  const head = `<tr><th></th>${Array.from({ length: columns }, (_, i) => `<th>${letters(i)}</th>`).join("")}</tr>`;
  const body = sheet.values
    .map((row, r) => {
      const cells = Array.from({ length: columns }, (_, c) => {
        const value = row[c] ?? "";
        const numeric = typeof value === "number";
        return `<td class="${numeric ? "n" : ""}">${escape(numeric ? value.toLocaleString("en-GB") : value)}</td>`;
      });
      return `<tr><th>${r + 1}</th>${cells.join("")}</tr>`;
    })
    .join("");
  const tabs = workbook.sheets
    .map((s) => `<span class="${s.name === sheet.name ? "on" : ""}">${escape(s.name)}</span>`)
    .join("");
  return `<!doctype html><html><head><meta charset="utf-8"><style>
body { margin: 0; font: 13px "DejaVu Sans", sans-serif; background: #fff; }
table { border-collapse: collapse; }
th { background: #f3f3f3; color: #444; font-weight: normal; border: 1px solid #d4d4d4; padding: 2px 6px; }
td { border: 1px solid #e1e1e1; padding: 2px 6px; white-space: nowrap; }
td.n { text-align: right; }
.tabs { margin-top: 6px; border-top: 1px solid #d4d4d4; padding: 4px; }
.tabs span { padding: 3px 10px; margin-right: 4px; color: #444; }
.tabs span.on { border-bottom: 2px solid #107c41; color: #107c41; font-weight: bold; }
</style></head><body><table>${head}${body}</table><div class="tabs">${tabs}</div></body></html>`;
}

const dir = mkdtempSync(path.join(tmpdir(), "csc-pictures-"));
try {
  for (const sheet of workbook.sheets) {
    const html = path.join(dir, "sheet.html");
    writeFileSync(html, page(sheet));
    const file = path.join(
      root,
      "docs",
      `input-${sheet.name.toLowerCase().replace(/^csc /, "").replace(/\s+/g, "-")}.png`
    );
    const width = sheet.values[0].length > 8 ? 1500 : 900;
    const height = 60 + sheet.values.length * 24;
    execFileSync(
      chromium,
      [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        `--user-data-dir=${path.join(dir, "profile")}`,
        "--hide-scrollbars",
        `--window-size=${width},${height}`,
        `--screenshot=${file}`,
        `file://${html}`,
      ],
      { stdio: "ignore" }
    );
    console.log(`wrote ${path.relative(root, file)}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
