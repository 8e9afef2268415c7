/** What a `load(...)` call asks for: scalar properties, navigation into children, or everything. */
export interface LoadTree {
  all: boolean;
  props: Set<string>;
  nav: Map<string, LoadTree>;
}

/** The argument forms Office's `load` accepts. */
export type LoadSpec =
  | string
  | string[]
  | { select?: string | string[]; expand?: string | string[] }
  | Record<string, unknown>
  | undefined;

function emptyTree(): LoadTree {
  return { all: false, props: new Set(), nav: new Map() };
}

function addPath(tree: LoadTree, path: string): void {
  const parts = path
    .split("/")
    .map((part) => part.trim())
    .filter((part) => part !== "");
  let node = tree;
  parts.forEach((part, index) => {
    if (index === parts.length - 1) {
      node.props.add(part);
      return;
    }
    let child = node.nav.get(part);
    if (!child) {
      child = emptyTree();
      node.nav.set(part, child);
    }
    node = child;
  });
}

function splitList(list: string | string[]): string[] {
  return (Array.isArray(list) ? list : list.split(",")).map((item) => item.trim()).filter(Boolean);
}

function fromObject(spec: Record<string, unknown>): LoadTree {
  const tree = emptyTree();
  for (const [key, value] of Object.entries(spec)) {
    if (key === "$all") tree.all = value === true;
    else if (value === true) tree.props.add(key);
    else if (typeof value === "object" && value !== null)
      tree.nav.set(key, fromObject(value as Record<string, unknown>));
  }
  return tree;
}

/**
 * Normalises every form of Office's `load` argument into one tree. "items/name" on a collection
 * means the name of each item; a nav path's last segment may name a child object (loaded whole).
 * @example
 * parseLoad("items/name, address").props; // Set { "address" }, with nav "items" → { props: {"name"} }
 */
export function parseLoad(spec: LoadSpec): LoadTree {
  if (spec === undefined) return { all: true, props: new Set(), nav: new Map() };
  const tree = emptyTree();
  if (typeof spec === "string" || Array.isArray(spec)) {
    for (const path of splitList(spec)) addPath(tree, path);
    return tree;
  }
  if ("select" in spec || "expand" in spec) {
    const { select, expand } = spec as { select?: string | string[]; expand?: string | string[] };
    if (select !== undefined) for (const path of splitList(select)) addPath(tree, path);
    if (expand !== undefined) {
      for (const path of splitList(expand))
        tree.nav.set(path, { all: true, props: new Set(), nav: new Map() });
    }
    if (select === undefined) tree.all = true;
    return tree;
  }
  return fromObject(spec);
}
