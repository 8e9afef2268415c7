import JSZip from "jszip";

/**
 * An Open Packaging Conventions package (the zip inside an .xlsx) as parts by name. Parts not
 * touched keep their bytes; only the parts a refresh writes are replaced.
 */
export interface OpcPackage {
  readonly zip: JSZip;
}

/** The bytes are a zip archive at all, or the reason in words. */
export async function openPackage(
  bytes: Uint8Array
): Promise<{ ok: true; value: OpcPackage } | { ok: false; reason: string }> {
  try {
    return { ok: true, value: { zip: await JSZip.loadAsync(bytes) } };
  } catch {
    return { ok: false, reason: "it is not a zip archive, which every .xlsx file is" };
  }
}

export function hasPart(pkg: OpcPackage, part: string): boolean {
  return pkg.zip.file(part) !== null;
}

/** A part's text, or undefined when the package has no such part. */
export async function readPart(pkg: OpcPackage, part: string): Promise<string | undefined> {
  return pkg.zip.file(part)?.async("string");
}

export async function readBinaryPart(
  pkg: OpcPackage,
  part: string
): Promise<Uint8Array | undefined> {
  return pkg.zip.file(part)?.async("uint8array");
}

export function writePart(pkg: OpcPackage, part: string, content: string | Uint8Array): void {
  pkg.zip.file(part, content);
}

export function removePart(pkg: OpcPackage, part: string): void {
  pkg.zip.remove(part);
}

/** Every part name, without folders. */
export function partNames(pkg: OpcPackage): string[] {
  return Object.values(pkg.zip.files)
    .filter((file) => !file.dir)
    .map((file) => file.name);
}

/**
 * The first free part name of a numbered family ("xl/charts/chart" + n + ".xml").
 * @example freePartName(pkg, "xl/worksheets/sheet", ".xml") // "xl/worksheets/sheet4.xml" after sheet1..3
 */
export function freePartName(pkg: OpcPackage, prefix: string, suffix: string): string {
  const taken = new Set(partNames(pkg).map((name) => name.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = `${prefix}${n}${suffix}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** The whole package as a zip. */
export function packageBytes(pkg: OpcPackage): Promise<Buffer> {
  return pkg.zip.generateAsync({
    type: "nodebuffer",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
  });
}

/**
 * The relationships part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels".
 * @example relsPartOf("xl/worksheets/sheet1.xml") // "xl/worksheets/_rels/sheet1.xml.rels"
 */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * A relationship's target as a part name, resolved against the part that holds it.
 * @example resolveTarget("xl/workbook.xml", "worksheets/sheet1.xml") // "xl/worksheets/sheet1.xml"
 * @example resolveTarget("xl/worksheets/sheet1.xml", "../tables/table1.xml") // "xl/tables/table1.xml"
 */
export function resolveTarget(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = source.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

/**
 * The target to write in `source`'s relationships for the part `target`.
 * @example relativeTarget("xl/worksheets/sheet1.xml", "xl/drawings/drawing1.xml") // "../drawings/drawing1.xml"
 */
export function relativeTarget(source: string, target: string): string {
  const from = source.split("/").slice(0, -1);
  const to = target.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...Array<string>(from.length - common).fill(".."), ...to.slice(common)].join("/");
}
