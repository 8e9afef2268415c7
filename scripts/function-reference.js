// Renders the CSC function reference, as an HTML page shipped in the add-in (help.html) and as a
// Markdown table for the README, from functions.json and src/functions/examples.json.

const ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const escapeHtml = (text) => String(text).replace(/[&<>"]/g, (c) => ESCAPES[c]);

function signature(fn) {
  const params = (fn.parameters ?? []).map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `CSC.${fn.name}(${params.join(", ")})`;
}

function anchor(fn) {
  return `csc-${fn.name.toLowerCase()}`;
}

function renderFunctionReferencePage(metadata, examples) {
  const sections = metadata.functions
    .map((fn) => {
      const example = examples[fn.id];
      const params = (fn.parameters ?? [])
        .map(
          (p) =>
            `<tr><th scope="row"><code>${escapeHtml(p.name)}</code>${p.optional ? " (optional)" : ""}</th>` +
            `<td>${escapeHtml(p.description ?? "")}</td></tr>`
        )
        .join("");
      return `<section id="${anchor(fn)}">
<h2><code>${escapeHtml(signature(fn))}</code></h2>
<p>${escapeHtml(fn.description ?? "")}</p>
${params ? `<table><caption>Arguments</caption><tbody>${params}</tbody></table>` : ""}
${example?.blanks ? `<p><strong>Blank cells:</strong> ${escapeHtml(example.blanks)}</p>` : ""}
${example ? `<p><strong>Example:</strong> <code>${escapeHtml(example.formula)}</code> returns <code>${escapeHtml(example.result)}</code>. ${escapeHtml(example.explanation)}</p>` : ""}
</section>`;
    })
    .join("\n");
  const toc = metadata.functions
    .map((fn) => `<li><a href="#${anchor(fn)}">CSC.${escapeHtml(fn.name)}</a></li>`)
    .join("");
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CSC Scorecard: function reference</title>
<style>
body { font-family: "Segoe UI", system-ui, sans-serif; margin: 1.5rem; max-width: 48rem; line-height: 1.5; color: #242424; }
code { font-family: Consolas, "Courier New", monospace; background: #f3f3f3; padding: 0 .2em; }
h2 { font-size: 1.1rem; margin-top: 2rem; border-top: 1px solid #d1d1d1; padding-top: 1rem; }
table { border-collapse: collapse; } th, td { text-align: left; vertical-align: top; padding: .2rem .6rem .2rem 0; }
caption { text-align: left; font-weight: 600; }
</style>
</head>
<body>
<main>
<h1>CSC Scorecard: function reference</h1>
<p>Type <code>=CSC.</code> in a cell to use these functions. Percentages are returned as fractions (0.226) for Excel's % format; results are not rounded.</p>
<nav aria-label="Functions"><ul>${toc}</ul></nav>
${sections}
</main>
</body>
</html>
`;
}

function renderFunctionReferenceMarkdown(metadata, examples) {
  const rows = metadata.functions.map((fn) => {
    const example = examples[fn.id];
    const cell = (text) => String(text).replaceAll("|", "\\|");
    return `| \`${cell(signature(fn))}\` | ${cell(fn.description ?? "")} | ${cell(example?.blanks ?? "")} | ${example ? `\`${cell(example.formula)}\` → ${cell(example.result)}` : ""} |`;
  });
  return [
    "| function | what it returns | blank cells | example |",
    "|---|---|---|---|",
    ...rows,
  ].join("\n");
}

module.exports = { renderFunctionReferencePage, renderFunctionReferenceMarkdown };
