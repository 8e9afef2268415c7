import { excelError, propertyNotLoaded } from "./errors";
import { type LoadSpec, type LoadTree, parseLoad } from "./load-tree";
import { type RequestQueue, utf8Length } from "./request-context";

const EVERYTHING: LoadTree = { all: true, props: new Set(), nav: new Map() };

/**
 * The deferred-proxy behaviour every model object shares with Office's ClientObject: writes and
 * calls are queued; reads succeed only for properties loaded by an earlier sync (or set locally),
 * and return the snapshot taken at that sync.
 */
export abstract class ModelObject {
  private readonly known = new Map<string, unknown>();
  private perSyncCache: { serial: number; value: unknown } | undefined;

  constructor(
    protected readonly queue: RequestQueue,
    protected readonly location: string
  ) {}

  /** Scalar properties this object can load, each read from the workbook at sync time. */
  protected abstract scalars(): Record<string, () => unknown>;

  /** Child objects that a load path may navigate into ("format/fill/color"). */
  protected children(): Record<string, ModelObject> {
    return {};
  }

  /** Whether the child of that name is itself a collection. */
  childCollection(name: string): boolean {
    return this.children()[name] instanceof ModelCollection;
  }

  /** Whether this proxy stands for a missing object (the *OrNullObject methods). */
  protected isNull(): boolean {
    return false;
  }

  get isNullObject(): boolean {
    return this.read<boolean>("isNullObject");
  }

  /** Queues a load of the given properties, in any of Office's argument forms. */
  load(spec?: LoadSpec): this {
    const tree = parseLoad(spec);
    this.queue.enqueue({
      label: `${this.location}.load`,
      args: spec ?? "*",
      apply: () => this.capture(tree),
    });
    return this;
  }

  /** Applies a load at sync time: snapshots the requested properties. */
  capture(tree: LoadTree): void {
    const isNull = this.isNull();
    this.known.set("isNullObject", isNull);
    const readers = this.scalars();
    const children = this.children();
    const names = tree.all ? Object.keys(readers) : [...tree.props];
    for (const name of names) {
      const reader = readers[name];
      const child = children[name];
      if (reader) {
        const value = isNull ? null : reader();
        this.known.set(name, value);
        this.queue.addResponse(utf8Length(JSON.stringify(value) ?? ""));
      } else if (child) {
        if (!isNull) child.capture(EVERYTHING);
      } else throw this.unknownProperty(name);
    }
    for (const [name, subtree] of tree.nav) {
      const child = children[name];
      if (!child) throw this.unknownProperty(name);
      if (!isNull) child.capture(subtree);
    }
  }

  /** Sets several properties at once, recursing into child objects, as Office's `set` does. */
  set(properties: Record<string, unknown>): void {
    const children = this.children();
    for (const [key, value] of Object.entries(properties)) {
      const child = children[key];
      if (child && typeof value === "object" && value !== null && !Array.isArray(value)) {
        child.set(value as Record<string, unknown>);
      } else {
        Reflect.set(this, key, value);
      }
    }
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries([...this.known].filter(([key]) => key !== "isNullObject"));
  }

  protected read<T>(property: string): T {
    if (!this.known.has(property)) throw propertyNotLoaded(property);
    return this.known.get(property) as T;
  }

  protected remember(property: string, value: unknown): void {
    this.known.set(property, value);
  }

  /** Queues a property write; the local value is readable at once, as in Office. */
  protected write(property: string, value: unknown, apply: () => void): void {
    this.known.set(property, value);
    this.queue.enqueue({
      label: `${this.location}.${property}`,
      args: value,
      apply: () => {
        this.assertPresent(property);
        apply();
      },
    });
  }

  /** Queues a method call. */
  protected call(method: string, args: unknown[], apply: () => void): void {
    this.queue.enqueue({
      label: `${this.location}.${method}`,
      args,
      apply: () => {
        this.assertPresent(method);
        apply();
      },
    });
  }

  /** Queues the action an *OrNullObject method sends, which tells the proxy whether it is null. */
  protected instantiate(label: string, args: unknown[]): void {
    this.queue.enqueue({
      label,
      args,
      apply: () => this.known.set("isNullObject", this.isNull()),
    });
  }

  /** Computes a value once per sync: derived ranges (used range, offsets) are re-evaluated each request. */
  protected perSync<T>(compute: () => T): T {
    if (this.perSyncCache?.serial !== this.queue.serial) {
      this.perSyncCache = { serial: this.queue.serial, value: compute() };
    }
    return this.perSyncCache.value as T;
  }

  private assertPresent(member: string): void {
    if (this.isNull()) {
      throw excelError(
        "ItemNotFound",
        `${this.location}.${member}`,
        "The object is a null object."
      );
    }
  }

  private unknownProperty(name: string) {
    return excelError(
      "InvalidArgument",
      `${this.location}.load`,
      `'${name}' is not a property of ${this.location}.`
    );
  }
}

/** Office's ClientResult: `value` is readable only after the sync that fills it. */
export class ModelResult<T> {
  private filled = false;
  private held: T | undefined;

  get value(): T {
    if (!this.filled) throw propertyNotLoaded("value");
    return this.held as T;
  }

  fill(value: T): void {
    this.held = value;
    this.filled = true;
  }
}

/**
 * A handle on a workbook entity: found lazily at the first sync that uses it, then bound to that
 * entity (so a renamed sheet stays the same object), failing once the entity is deleted.
 */
export class EntityRef<E> {
  private bound: E | undefined;

  constructor(
    private readonly locate: () => E | undefined,
    private readonly exists: (entity: E) => boolean,
    private readonly missing: () => Error
  ) {}

  tryGet(): E | undefined {
    if (this.bound !== undefined) {
      if (this.exists(this.bound)) return this.bound;
      throw this.missing();
    }
    const found = this.locate();
    if (found !== undefined) this.bound = found;
    return found;
  }

  get(): E {
    const found = this.tryGet();
    if (found === undefined) throw this.missing();
    return found;
  }

  bind(entity: E): void {
    this.bound = entity;
  }
}

/** Base for collections: loading one loads its `items` (with the requested item properties). */
export abstract class ModelCollection<T extends ModelObject> extends ModelObject {
  /** Proxies for the collection's current members, created at sync time. */
  protected abstract currentItems(): T[];

  protected scalars(): Record<string, () => unknown> {
    return {};
  }

  override capture(tree: LoadTree): void {
    // The collection's own scalars ("count") are its own; every other property is its items'.
    const readers = this.scalars();
    const own = [...tree.props].filter((p) => readers[p] !== undefined);
    for (const name of own) this.remember(name, readers[name]?.());
    const forItems = [...tree.props].filter((p) => p !== "items" && readers[p] === undefined);
    const itemTree = tree.nav.get("items") ?? {
      all:
        tree.all ||
        (forItems.length === 0 && own.length === 0 && tree.nav.size === 0) ||
        tree.props.has("items"),
      props: new Set(forItems),
      nav: new Map([...tree.nav].filter(([key]) => key !== "items")),
    };
    const items = this.currentItems();
    for (const item of items) {
      this.refuseNestedItems(item, itemTree);
      item.capture(itemTree);
    }
    this.remember("items", items);
    this.remember("isNullObject", false);
  }

  get items(): T[] {
    return this.read<T[]>("items");
  }

  /**
   * Loading the items of a collection inside each item of another ("items/customProperties/items/key")
   * is not documented in that combination ("load", https://learn.microsoft.com/javascript/api/office/officeextension.clientobject#office-officeextension-clientobject-load-member(1),
   * shows one level of navigation). A test that asks refuses it, as an unsupported load fails the
   * request with InvalidArgument, so code can be tested on the fallback it must keep.
   */
  private refuseNestedItems(item: T, itemTree: LoadTree): void {
    if (!this.queue.state.environment.refusesNestedCollectionLoads) return;
    for (const name of itemTree.nav.keys()) {
      if (item.childCollection(name)) {
        throw excelError(
          "InvalidArgument",
          `${this.location}.load`,
          `Loading items/${name}/items is not supported here.`
        );
      }
    }
  }

  /** Queues a count of the members, readable from the result after sync. */
  getCount(): ModelResult<number> {
    const result = new ModelResult<number>();
    this.queue.enqueue({
      label: `${this.location}.getCount`,
      args: [],
      apply: () => result.fill(this.currentItems().length),
    });
    return result;
  }
}
