// `npm run data:build`: regenerates the built-in benchmarks (src/domain/benchmarks/benchmarks-data.json)
// from the published CSVs in data/raw/ (DfE Explore Education Statistics, Open Government Licence
// v3.0). `--check` writes nothing and exits 1 when the committed dataset is not what the CSVs make;
// tests/domain/benchmarks/dataset-build.test.ts runs the same comparison in-process.
//
// What each indicator is made of is declared once, in SOURCES: the file, the rows it takes and the
// columns of its value, numerator and denominator. Values are kept as published; a GSS symbol (c, k,
// u, x, z, low) is kept as the symbol, never as a number. Rates per 10,000 the CIN tables do not
// publish are derived from the count and the ONS mid-year estimate the releases use (the mid-year
// before the year's end), rounded to 1 decimal place as the release rounds its rates; where the ONS
// file has no population for a count, the rate is null and the series' `gaps` say why.
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const RAW = path.join(ROOT, "data", "raw");
const OUT = path.join(ROOT, "src", "domain", "benchmarks", "benchmarks-data.json");

const FILES = {
  c1: "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv",
  b1: "b1_children_in_need_2013_to_2025.csv",
  d3: "d3_cpps_subsequent_plan_2013_to_2025.csv",
  d5: "d5_cpps_at31march_by_duration_2013_to_2025.csv",
  cla: "cla_number_and_rate_per_10k_children.csv",
  stability: "la_cla_placement_stability.csv",
  activity: "la_care_leavers_activity.csv",
  accommodation: "la_care_leavers_accommodation_suitability.csv",
  csww: "csww_indicators_2017_to_2025.csv",
  population: "ons_mid-year_population_estimates_2012_to_2024.csv",
  neighbours: "sn_model_2025_wide.csv",
};

/** The GSS symbols a published value may be instead of a number. */
const SYMBOLS = new Set(["c", "k", "u", "x", "z", "low"]);

/**
 * Why a derived rate is missing though DfE published its count: the ONS file gives no population
 * for the area (it is on the boundaries since April 2019, so Bournemouth, Poole and Dorset County
 * are "x" there). The rate is stored as null with this reason, never as the population's symbol,
 * which would say DfE published the rate as "x".
 */
const NO_POPULATION =
  "DfE published the count, but there is no ONS population estimate on these boundaries (the mid-year estimates are on the boundaries since April 2019) to make it a rate per 10,000";

/**
 * Each indicator: `rows` picks the file's rows (by column values), `value`/`num`/`den` name columns,
 * `den` may be a sum of columns (agency: agency + employed), `numRow`/`denRow` pick another row of a
 * long-format file for the numerator or denominator, `ratePer10k` derives the rate from a count.
 */
const SOURCES = {
  referrals_per10k: { file: "c1", num: "referral_count", ratePer10k: true },
  rereferral_pct: {
    file: "c1",
    value: "rereferral_percent",
    num: "rereferral_count",
    den: "referral_count",
  },
  referral_nfa_pct: {
    file: "c1",
    value: "no_further_action_percent",
    num: "no_further_action_count",
    den: "referral_count",
  },
  cin_per10k: { file: "b1", num: "At31_episodes", ratePer10k: true },
  cpp_per10k: { file: "d5", num: "CPP_At31", ratePer10k: true },
  cpp_repeat_pct: {
    file: "d3",
    value: "CPP_subsequent_percent",
    num: "CPP_subsequent",
    den: "CPP_start",
  },
  cpp_open_2yrs_pct: {
    file: "d5",
    value: "2_years_or_more_percent",
    num: "2_years_or_more",
    den: "CPP_At31",
  },
  lac_per10k: {
    file: "cla",
    rows: { population_type: "Children looked after on 31 March each year" },
    value: "rate_per_10000",
    num: "children_count",
    den: "population_estimate",
  },
  lac_starts_per10k: {
    file: "cla",
    rows: { population_type: "Children starting to be looked after each year" },
    value: "rate_per_10000",
    num: "children_count",
    den: "population_estimate",
  },
  placement_3plus_pct: longFormat("stability", "cla_group", "CLA on 31 March", {
    column: "placement_stability",
    num: "With 3 or more placements during the year",
    den: "Total children",
    count: "children_count",
    percent: "children_percent",
  }),
  placement_long_term_pct: longFormat(
    "stability",
    "cla_group",
    "Children looked after continuously for at least 2.5 years on 31 March aged under 16 years",
    {
      column: "placement_stability",
      num: "Living with the same carer for at least 2 years",
      den: "Total children",
      count: "children_count",
      percent: "children_percent",
    }
  ),
  care_leavers_eet_pct: careLeavers(
    "activity",
    "19 to 21 years",
    "Total in education, employment or training",
    "Total"
  ),
  care_leavers_eet_17_18_pct: careLeavers(
    "activity",
    "17 to 18 years",
    "Total in education, employment or training",
    "Total"
  ),
  care_leavers_accommodation_pct: careLeavers(
    "accommodation",
    "19 to 21 years",
    "Accommodation considered suitable",
    "Suitability total"
  ),
  care_leavers_accommodation_17_18_pct: careLeavers(
    "accommodation",
    "17 to 18 years",
    "Accommodation considered suitable",
    "Suitability total"
  ),
  sw_turnover_pct: {
    file: "csww",
    value: "turnover_rate_fte",
    num: "leavers_fte",
    den: "inpost_fte",
  },
  sw_agency_pct: {
    file: "csww",
    value: "agency_rate_fte",
    num: "agency_fte",
    den: ["agency_fte", "inpost_fte"],
  },
  sw_vacancy_pct: {
    file: "csww",
    value: "vacancy_rate_fte",
    num: "vacancy_fte",
    den: ["vacancy_fte", "inpost_fte"],
  },
  sw_caseload: { file: "csww", value: "caseload_fte", num: "cases", den: "case_holders_fte" },
};

function longFormat(file, groupColumn, group, { column, num, den, count, percent }) {
  return {
    file,
    rows: { [groupColumn]: group, [column]: num },
    value: percent,
    num: count,
    den: count,
    denRow: { [groupColumn]: group, [column]: den },
  };
}

function careLeavers(file, age, numBreakdown, denBreakdown) {
  return longFormat(file, "care_leaver_age", age, {
    column: "breakdown",
    num: numBreakdown,
    den: denBreakdown,
    count: "care_leaver_count",
    percent: "care_leaver_percent",
  });
}

/**
 * Parses CSV text as RFC 4180 writes it: fields split by commas, quoted fields may hold commas,
 * quotes (doubled) and line breaks; CRLF or LF ends a record; a byte order mark is dropped; a
 * trailing line break adds no empty record.
 * @example parseCsv('a,"b,c"\n1,2\n') // [["a", "b,c"], ["1", "2"]]
 */
function parseCsv(text) {
  const records = [];
  let record = [];
  let field = "";
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let fieldStarted = false;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
      continue;
    }
    if (ch === '"') {
      quoted = true;
      fieldStarted = true;
    } else if (ch === ",") {
      record.push(field);
      field = "";
      fieldStarted = true;
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      fieldStarted = false;
    } else {
      field += ch;
      fieldStarted = true;
    }
  }
  if (fieldStarted || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/** The records of a CSV as objects keyed by its header. */
function readTable(text) {
  const [header = [], ...rows] = parseCsv(text);
  return rows
    .filter((row) => !(row.length === 1 && row[0] === ""))
    .map((row) =>
      Object.fromEntries(header.map((name, i) => [name.trim(), (row[i] ?? "").trim()]))
    );
}

/** A published cell: a number, a GSS symbol, or null for blank. */
function cellValue(text) {
  if (text === undefined || text === "") return null;
  if (SYMBOLS.has(text.toLowerCase())) return text.toLowerCase();
  const n = Number(text);
  if (!Number.isFinite(n)) throw new Error(`not a number or GSS symbol: "${text}"`);
  return n;
}

/** Excel's rounding, half away from zero, done on the decimal text so 0.05 is not 0.04999…. */
function round(value, decimals) {
  const sign = value < 0 ? -1 : 1;
  return (sign * Math.round(Number(`${Math.abs(value)}e${decimals}`))) / 10 ** decimals;
}

function areaKey(row) {
  if (row.geographic_level === "National") return row.country_code;
  if (row.geographic_level === "Regional") return row.region_code;
  return row.old_la_code;
}

const LONDON = "E12000007";

/** Every area the files name: England, the regions, the authorities and the joint returns. */
function collectAreas(tables) {
  const areas = new Map();
  const years = new Map();
  for (const table of tables) {
    for (const row of table) {
      const code = areaKey(row);
      const year = Number(row.time_period);
      const level =
        row.geographic_level === "National"
          ? "england"
          : row.geographic_level === "Regional"
            ? "region"
            : code.includes(" / ")
              ? "joint"
              : "la";
      const name =
        level === "england" ? row.country_name : level === "region" ? row.region_name : row.la_name;
      const known = areas.get(code) ?? { code, name, level, gss: new Set() };
      // The latest year's name wins ("Kingston upon Hull, City of").
      if ((years.get(code) ?? 0) <= year) {
        known.name = name;
        years.set(code, year);
      }
      if (level === "la" || level === "joint") {
        if (row.new_la_code !== "") known.gss.add(row.new_la_code);
        const region = row.region_code.startsWith("E13") ? LONDON : row.region_code;
        known.region = region;
        if (row.region_code.startsWith("E13")) known.subregion = row.region_code;
      }
      areas.set(code, known);
    }
  }
  const rank = { england: 0, region: 1, la: 2, joint: 3 };
  return [...areas.values()]
    .sort((a, b) => rank[a.level] - rank[b.level] || a.code.localeCompare(b.code))
    .map((area) => ({
      code: area.code,
      name: area.name,
      level: area.level,
      ...(area.gss.size > 0 ? { gss: [...area.gss].sort() } : {}),
      ...(area.region ? { region: area.region } : {}),
      ...(area.subregion ? { subregion: area.subregion } : {}),
      ...(area.level === "joint" ? { members: area.code.split(" / ") } : {}),
    }));
}

function matches(row, filter = {}) {
  return Object.entries(filter).every(([column, value]) => row[column] === value);
}

function sumOf(row, columns) {
  const list = Array.isArray(columns) ? columns : [columns];
  const cells = list.map((column) => cellValue(row[column]));
  const symbol = cells.find((cell) => typeof cell === "string");
  if (symbol !== undefined) return symbol;
  if (cells.some((cell) => cell === null)) return null;
  // Sums of published FTEs to their 1 decimal place, without binary noise (5415.9 + 36186.3).
  return round(
    cells.reduce((a, b) => a + b, 0),
    1
  );
}

/**
 * Builds one indicator's series: per year, per area index, value / numerator / denominator, and the
 * gaps (cells with no value that DfE did not withhold, each with why: a count with no population).
 */
function buildSeries(spec, table, index, population) {
  const byYear = new Map();
  const gaps = new Map();
  const denRows = new Map();
  if (spec.denRow) {
    for (const row of table)
      if (matches(row, spec.denRow)) denRows.set(`${row.time_period}|${areaKey(row)}`, row);
  }
  for (const row of table) {
    if (!matches(row, spec.rows)) continue;
    const year = Number(row.time_period);
    const at = index.get(areaKey(row));
    if (!byYear.has(year)) {
      const empty = () => Array(index.size).fill(null);
      byYear.set(year, { value: empty(), num: empty(), den: empty() });
    }
    const series = byYear.get(year);
    const num = sumOf(row, spec.num);
    let den;
    let value;
    if (spec.ratePer10k) {
      den = population.get(`${year - 1}|${areaKey(row)}`) ?? null;
      // A withheld count makes the rate withheld alike; a count without a population has no rate.
      value =
        typeof num === "string"
          ? num
          : num === null
            ? null
            : typeof den === "number"
              ? round((num / den) * 10000, 1)
              : null;
      if (typeof num === "number" && typeof den !== "number")
        gaps.set(year, [...(gaps.get(year) ?? []), areaKey(row)]);
    } else {
      const denRow = spec.denRow ? denRows.get(`${row.time_period}|${areaKey(row)}`) : row;
      den = denRow === undefined ? null : sumOf(denRow, spec.den);
      value = cellValue(row[spec.value]);
    }
    series.value[at] = value;
    series.num[at] = num;
    series.den[at] = den;
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  return {
    years,
    ...(spec.ratePer10k
      ? { derived: "rate per 10,000 from the count and ONS mid-year estimate" }
      : {}),
    ...(gaps.size > 0
      ? {
          gaps: [
            {
              reason: NO_POPULATION,
              cells: Object.fromEntries(
                years.filter((y) => gaps.has(y)).map((y) => [y, gaps.get(y).sort()])
              ),
            },
          ],
        }
      : {}),
    value: years.map((y) => byYear.get(y).value),
    num: years.map((y) => byYear.get(y).num),
    den: years.map((y) => byYear.get(y).den),
  };
}

function buildNeighbours(table) {
  const byArea = {};
  for (const row of table) {
    const list = [];
    for (let i = 1; i <= 10; i++) {
      const code = row[`SN_${i}`];
      if (code) list.push([code, row[`SN_${i}P`].trim().toLowerCase()]);
    }
    byArea[row.old_la_code] = list;
  }
  return byArea;
}

/**
 * The whole dataset from the raw files' texts (a map of file key to CSV text), as plain data.
 * @example buildDataset(readRawFiles()).indicators.rereferral_pct.years // [2013, …, 2025]
 */
function buildDataset(texts) {
  const tables = Object.fromEntries(
    Object.entries(FILES).map(([key]) => [key, readTable(texts[key])])
  );
  const dataTables = Object.keys(FILES)
    .filter((key) => key !== "neighbours" && key !== "population")
    .map((key) => tables[key]);
  const areas = collectAreas([...dataTables, tables.population]);
  const index = new Map(areas.map((area, i) => [area.code, i]));
  const population = new Map(
    tables.population.map((row) => [
      `${row.time_period}|${areaKey(row)}`,
      cellValue(row.population_estimate),
    ])
  );
  const indicators = Object.fromEntries(
    Object.entries(SOURCES).map(([id, spec]) => [
      id,
      buildSeries(spec, tables[spec.file], index, population),
    ])
  );
  return {
    about: {
      attribution:
        "Contains public sector information licensed under the Open Government Licence v3.0.",
      source:
        "Department for Education, Explore Education Statistics (2025 releases); ONS mid-year population estimates",
      files: Object.values(FILES),
    },
    areas,
    indicators,
    neighbours: {
      model: "DfE statistical neighbour model, 2025",
      byArea: buildNeighbours(tables.neighbours),
    },
  };
}

/**
 * The dataset as committed: JSON with one area, or one year of one series, per line, so that a
 * revision shows as a readable diff.
 */
function serialise(dataset) {
  const lines = ["{"];
  lines.push(`"about":${JSON.stringify(dataset.about)},`);
  lines.push(`"areas":[`);
  dataset.areas.forEach((area, i) =>
    lines.push(JSON.stringify(area) + (i < dataset.areas.length - 1 ? "," : ""))
  );
  lines.push("],");
  lines.push(`"indicators":{`);
  const ids = Object.keys(dataset.indicators);
  ids.forEach((id, k) => {
    const { years, derived, gaps, value, num, den } = dataset.indicators[id];
    lines.push(`${JSON.stringify(id)}:{"years":${JSON.stringify(years)},`);
    if (derived) lines.push(`"derived":${JSON.stringify(derived)},`);
    if (gaps) lines.push(`"gaps":${JSON.stringify(gaps)},`);
    for (const [name, rows] of [
      ["value", value],
      ["num", num],
      ["den", den],
    ]) {
      lines.push(`${JSON.stringify(name)}:[`);
      rows.forEach((row, i) => lines.push(JSON.stringify(row) + (i < rows.length - 1 ? "," : "")));
      lines.push(name === "den" ? "]" : "],");
    }
    lines.push(k < ids.length - 1 ? "}," : "}");
  });
  lines.push("},");
  lines.push(`"neighbours":{"model":${JSON.stringify(dataset.neighbours.model)},"byArea":{`);
  const codes = Object.keys(dataset.neighbours.byArea).sort();
  codes.forEach((code, i) =>
    lines.push(
      `${JSON.stringify(code)}:${JSON.stringify(dataset.neighbours.byArea[code])}${i < codes.length - 1 ? "," : ""}`
    )
  );
  lines.push("}}");
  lines.push("}");
  return lines.join("\n") + "\n";
}

/** The raw files' texts, by file key. */
function readRawFiles(dir = RAW) {
  return Object.fromEntries(
    Object.entries(FILES).map(([key, name]) => [key, fs.readFileSync(path.join(dir, name), "utf8")])
  );
}

/** The dataset the raw files make, as the committed file's text. */
function buildDatasetText(dir = RAW) {
  return serialise(buildDataset(readRawFiles(dir)));
}

module.exports = { parseCsv, buildDataset, buildDatasetText, serialise, OUT, FILES, SOURCES };

if (require.main === module) {
  const text = buildDatasetText();
  if (process.argv.includes("--check")) {
    const committed = fs.existsSync(OUT) ? fs.readFileSync(OUT, "utf8") : "";
    if (committed !== text) {
      console.error(
        `${path.relative(ROOT, OUT)} is not what data/raw makes: run npm run data:build.`
      );
      process.exit(1);
    }
    console.log(`${path.relative(ROOT, OUT)} is up to date.`);
  } else {
    fs.writeFileSync(OUT, text);
    console.log(`wrote ${path.relative(ROOT, OUT)} (${text.length.toLocaleString("en-GB")} bytes)`);
  }
}
