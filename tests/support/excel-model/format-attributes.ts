/** A cell's formatting as Excel reports it for an untouched cell. */
export const FORMAT_DEFAULTS = {
  numberFormat: "General",
  "fill.color": "#FFFFFF",
  "font.bold": false,
  "font.italic": false,
  "font.color": "#000000",
  "font.name": "Calibri",
  "font.size": 11,
  "font.underline": "None",
  "font.strikethrough": false,
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
  wrapText: false,
  indentLevel: 0,
  textOrientation: 0,
  locked: true,
} as const;

/** The cell edges a border can sit on; ranges' EdgeX/InsideX items map onto these. */
export const CELL_EDGES = ["top", "bottom", "left", "right", "diagonalDown", "diagonalUp"] as const;
export type CellEdge = (typeof CELL_EDGES)[number];

/** A border's three properties and Excel's values for "no border". */
export const BORDER_DEFAULTS = { style: "None", color: "#000000", weight: "Thin" } as const;
export type BorderProperty = keyof typeof BORDER_DEFAULTS;

export type FormatAttribute = keyof typeof FORMAT_DEFAULTS | `border.${CellEdge}.${BorderProperty}`;

/**
 * The value an untouched cell reports for a formatting attribute.
 * @example
 * defaultFormat("font.size"); // 11
 * defaultFormat("border.top.style"); // "None"
 */
export function defaultFormat(attribute: FormatAttribute): string | number | boolean {
  const known = DEFAULTS.get(attribute);
  if (known !== undefined) return known;
  if (attribute.startsWith("border.")) {
    const property = attribute.split(".")[2] as BorderProperty;
    return BORDER_DEFAULTS[property];
  }
  return FORMAT_DEFAULTS[attribute as keyof typeof FORMAT_DEFAULTS];
}

/** Every attribute, for snapshots that list a cell's non-default formatting. */
export const ALL_FORMAT_ATTRIBUTES: FormatAttribute[] = [
  ...(Object.keys(FORMAT_DEFAULTS) as (keyof typeof FORMAT_DEFAULTS)[]),
  ...CELL_EDGES.flatMap((edge) =>
    (Object.keys(BORDER_DEFAULTS) as BorderProperty[]).map(
      (property) => `border.${edge}.${property}` as FormatAttribute
    )
  ),
];

/** The defaults by attribute, looked up once per attribute rather than worked out per cell. */
const DEFAULTS = new Map<FormatAttribute, string | number | boolean>(
  ALL_FORMAT_ATTRIBUTES.map((attribute) => [
    attribute,
    attribute.startsWith("border.")
      ? BORDER_DEFAULTS[attribute.split(".")[2] as BorderProperty]
      : FORMAT_DEFAULTS[attribute as keyof typeof FORMAT_DEFAULTS],
  ])
);
