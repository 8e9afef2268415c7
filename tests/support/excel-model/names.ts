import { formatAbsoluteAddress, formatRect, tryParseAddress } from "./a1";
import { EntityRef, ModelCollection, ModelObject } from "./client-object";
import { excelError } from "./errors";
import { checkDefinedName, sameName } from "./name-rules";
import { Range } from "./range";
import type { RequestQueue } from "./request-context";
import { breakNameReferences } from "./table-name-references";
import type { NameState, SheetState, WorkbookState } from "./workbook-state";

/**
 * The formula Excel shows for a name: a named range follows its sheet's current name, and turns
 * into #REF! once the sheet is deleted.
 * @example
 * nameFormula(state, { name: "Month", range: { sheetId, rect }, formula: "", comment: "", visible: true });
 * // "=Data!$B$1"
 */
export function nameFormula(state: WorkbookState, item: NameState): string {
  if (!item.range) return item.formula;
  const sheet = state.sheetById(item.range.sheetId);
  if (!sheet) return `=#REF!${formatRect(item.range.rect)}`;
  return `=${formatAbsoluteAddress(sheet.name, item.range.rect)}`;
}

function typeOf(state: WorkbookState, item: NameState): string {
  if (item.range) return state.sheetById(item.range.sheetId) ? "Range" : "Error";
  const body = item.formula.replace(/^=/, "").trim();
  if (/^[+-]?\d+$/.test(body)) return "Integer";
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(body)) return "Double";
  if (/^(TRUE|FALSE)$/i.test(body)) return "Boolean";
  if (body.startsWith("#")) return "Error";
  if (body.startsWith("{")) return "Array";
  return "String";
}

/** One defined name. */
export class NamedItem extends ModelObject {
  constructor(
    queue: RequestQueue,
    private readonly ref: EntityRef<NameState>
  ) {
    super(queue, "NamedItem");
  }

  protected override isNull(): boolean {
    return this.ref.tryGet() === undefined;
  }

  protected scalars() {
    const item = () => this.ref.get();
    const state = this.queue.state;
    return {
      name: () => item().name,
      type: () => typeOf(state, item()),
      formula: () => nameFormula(state, item()),
      value: () => nameFormula(state, item()).replace(/^=/, ""),
      comment: () => item().comment,
      visible: () => item().visible,
      scope: () => (item().scopeSheetId === undefined ? "Workbook" : "Worksheet"),
    };
  }

  get name(): string {
    return this.read("name");
  }
  get type(): string {
    return this.read("type");
  }
  get value(): unknown {
    return this.read("value");
  }
  get scope(): string {
    return this.read("scope");
  }
  get formula(): string {
    return this.read("formula");
  }
  set formula(value: string) {
    this.write("formula", value, () =>
      applyReference(this.queue.state, this.ref.get(), value, "NamedItem.formula")
    );
  }
  get comment(): string {
    return this.read("comment");
  }
  set comment(value: string) {
    this.write("comment", value, () => {
      this.ref.get().comment = value;
    });
  }
  get visible(): boolean {
    return this.read("visible");
  }
  set visible(value: boolean) {
    this.write("visible", value, () => {
      this.ref.get().visible = value;
    });
  }

  delete(): void {
    this.call("delete", [], () => {
      const names = this.queue.state.names;
      const item = this.ref.get();
      breakNameReferences(this.queue.state, item);
      names.splice(names.indexOf(item), 1);
    });
  }

  getRange(): Range {
    return new Range(this.queue, () => this.rangeTarget("NamedItem.getRange", true));
  }

  getRangeOrNullObject(): Range {
    const range = new Range(this.queue, () =>
      this.rangeTarget("NamedItem.getRangeOrNullObject", false)
    );
    this.queue.enqueue({
      label: "NamedItem.getRangeOrNullObject",
      args: [],
      apply: () => range.capture({ all: false, props: new Set(), nav: new Map() }),
    });
    return range;
  }

  private rangeTarget(location: string, strict: boolean) {
    const item = this.ref.get();
    const sheet = item.range ? this.queue.state.sheetById(item.range.sheetId) : undefined;
    if (!item.range || !sheet) {
      if (strict)
        throw excelError(
          "InvalidOperation",
          location,
          `The name '${item.name}' does not refer to a range.`
        );
      return undefined;
    }
    return { sheet, rect: item.range.rect };
  }
}

function applyReference(
  state: WorkbookState,
  item: NameState,
  reference: Range | string,
  location: string
): void {
  if (typeof reference !== "string") {
    const { sheet, rect } = reference.target();
    item.range = { sheetId: sheet.id, rect };
    item.formula = "";
    return;
  }
  const formula = reference.startsWith("=") ? reference : `=${reference}`;
  const parsed = tryParseAddress(formula.slice(1));
  const sheet = parsed?.sheet === undefined ? undefined : state.findSheetByName(parsed.sheet);
  if (parsed?.sheet !== undefined && !sheet) {
    throw excelError("InvalidArgument", location, `The sheet '${parsed.sheet}' doesn't exist.`);
  }
  if (parsed && sheet) {
    item.range = { sheetId: sheet.id, rect: parsed.rect };
    item.formula = "";
  } else {
    delete item.range;
    item.formula = formula;
  }
}

/** `workbook.names` (workbook scope) or `worksheet.names` (that sheet's scope). */
export class NamedItemCollection extends ModelCollection<NamedItem> {
  constructor(
    queue: RequestQueue,
    private readonly scope?: () => SheetState
  ) {
    super(queue, "NamedItemCollection");
  }

  private inScope(): NameState[] {
    const sheetId = this.scope?.().id;
    return this.queue.state.names.filter((item) => item.scopeSheetId === sheetId);
  }

  private refFor(name: string, location: string): EntityRef<NameState> {
    return new EntityRef(
      () => this.inScope().find((item) => sameName(item.name, name)),
      (item) => this.queue.state.names.includes(item),
      () => excelError("ItemNotFound", location, `The name '${name}' doesn't exist.`)
    );
  }

  protected currentItems(): NamedItem[] {
    return this.inScope().map(
      (item) =>
        new NamedItem(
          this.queue,
          new EntityRef(
            () => item,
            (i) => this.queue.state.names.includes(i),
            () => excelError("ItemNotFound", "NamedItem")
          )
        )
    );
  }

  add(name: string, reference: Range | string, comment?: string): NamedItem {
    const ref = new EntityRef<NameState>(
      () => undefined,
      (item) => this.queue.state.names.includes(item),
      () => excelError("ItemNotFound", "NamedItemCollection.add", "The name was not added.")
    );
    const shown = typeof reference === "string" ? reference : "Range";
    this.call("add", comment === undefined ? [name, shown] : [name, shown, comment], () => {
      const location = "NamedItemCollection.add";
      checkDefinedName(name, location);
      const state = this.queue.state;
      const clash =
        this.inScope().some((item) => sameName(item.name, name)) ||
        (this.scope === undefined && state.tables.some((table) => sameName(table.name, name)));
      if (clash)
        throw excelError("ItemAlreadyExists", location, `The name '${name}' already exists.`);
      const item: NameState = { name, formula: "", comment: comment ?? "", visible: true };
      const sheetId = this.scope?.().id;
      if (sheetId !== undefined) item.scopeSheetId = sheetId;
      applyReference(state, item, reference, location);
      state.names.push(item);
      ref.bind(item);
    });
    return new NamedItem(this.queue, ref);
  }

  getItem(name: string): NamedItem {
    return new NamedItem(this.queue, this.refFor(name, "NamedItemCollection.getItem"));
  }

  getItemOrNullObject(name: string): NamedItem {
    const item = new NamedItem(
      this.queue,
      this.refFor(name, "NamedItemCollection.getItemOrNullObject")
    );
    this.queue.enqueue({
      label: "NamedItemCollection.getItemOrNullObject",
      args: [name],
      apply: () => item.capture({ all: false, props: new Set(), nav: new Map() }),
    });
    return item;
  }
}
