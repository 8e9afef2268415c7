import { EntityRef, ModelCollection, ModelObject } from "./client-object";
import { excelError } from "./errors";
import type { RequestQueue } from "./request-context";
import type { SheetState } from "./workbook-state";

type Entry = SheetState["customProperties"][number];

const sameKey = (a: string, b: string) => a.toUpperCase() === b.toUpperCase();

/** One key/value marker stored on a worksheet. */
export class WorksheetCustomProperty extends ModelObject {
  constructor(
    queue: RequestQueue,
    private readonly sheet: () => SheetState,
    private readonly ref: EntityRef<Entry>
  ) {
    super(queue, "WorksheetCustomProperty");
  }

  protected override isNull(): boolean {
    return this.ref.tryGet() === undefined;
  }

  protected scalars() {
    return { key: () => this.ref.get().key, value: () => this.ref.get().value };
  }

  get key(): string {
    return this.read("key");
  }
  get value(): string {
    return this.read("value");
  }
  set value(value: string) {
    this.write("value", value, () => {
      this.ref.get().value = String(value);
    });
  }

  delete(): void {
    this.call("delete", [], () => {
      const entry = this.ref.get();
      const sheet = this.sheet();
      sheet.customProperties = sheet.customProperties.filter((item) => item !== entry);
    });
  }
}

/** `worksheet.customProperties`: keys are compared without regard to case. */
export class WorksheetCustomPropertyCollection extends ModelCollection<WorksheetCustomProperty> {
  constructor(
    queue: RequestQueue,
    private readonly sheet: () => SheetState
  ) {
    super(queue, "WorksheetCustomPropertyCollection");
  }

  private refFor(key: string): EntityRef<Entry> {
    return new EntityRef(
      () => this.sheet().customProperties.find((entry) => sameKey(entry.key, key)),
      (entry) => this.sheet().customProperties.includes(entry),
      () =>
        excelError(
          "ItemNotFound",
          "WorksheetCustomPropertyCollection.getItem",
          `No custom property '${key}'.`
        )
    );
  }

  protected currentItems(): WorksheetCustomProperty[] {
    return this.sheet().customProperties.map(
      (entry) =>
        new WorksheetCustomProperty(
          this.queue,
          this.sheet,
          new EntityRef(
            () => entry,
            (e) => this.sheet().customProperties.includes(e),
            () => excelError("ItemNotFound", "WorksheetCustomProperty")
          )
        )
    );
  }

  /** Adds a property, or overwrites the value of an existing one with the same key. */
  add(key: string, value: string): WorksheetCustomProperty {
    const ref = this.refFor(key);
    this.call("add", [key, value], () => {
      if (typeof key !== "string" || key === "" || key.length > 255) {
        throw excelError(
          "InvalidArgument",
          "WorksheetCustomPropertyCollection.add",
          "A key must be 1 to 255 characters."
        );
      }
      const sheet = this.sheet();
      const existing = sheet.customProperties.find((entry) => sameKey(entry.key, key));
      if (existing) existing.value = String(value);
      else sheet.customProperties.push({ key, value: String(value) });
    });
    return new WorksheetCustomProperty(this.queue, this.sheet, ref);
  }

  getItem(key: string): WorksheetCustomProperty {
    return new WorksheetCustomProperty(this.queue, this.sheet, this.refFor(key));
  }

  getItemOrNullObject(key: string): WorksheetCustomProperty {
    const item = new WorksheetCustomProperty(this.queue, this.sheet, this.refFor(key));
    this.queue.enqueue({
      label: "WorksheetCustomPropertyCollection.getItemOrNullObject",
      args: [key],
      apply: () => item.capture({ all: false, props: new Set(), nav: new Map() }),
    });
    return item;
  }
}
