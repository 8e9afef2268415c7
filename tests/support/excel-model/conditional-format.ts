import { rectContains, rectsOverlap } from "./a1";
import type { CellsLocator } from "./cells-target";
import { ModelCollection, ModelObject } from "./client-object";
import { excelError } from "./errors";
import type { RequestQueue } from "./request-context";
import { ruleRecorder } from "./rule-recorder";
import type { ConditionalFormatState, SheetState } from "./workbook-state";

/** Each conditional format type and the one rule object Excel lets it configure. */
const RULE_OF_TYPE: Record<string, string> = {
  CellValue: "cellValue",
  Custom: "custom",
  ColorScale: "colorScale",
  DataBar: "dataBar",
  IconSet: "iconSet",
  TopBottom: "topBottom",
  PresetCriteria: "preset",
  ContainsText: "textComparison",
};

/** One conditional format: its type, priority, and the rule fields set on it. */
export class ConditionalFormat extends ModelObject {
  constructor(
    queue: RequestQueue,
    private readonly sheet: () => SheetState,
    private readonly state: () => ConditionalFormatState
  ) {
    super(queue, "ConditionalFormat");
  }

  protected scalars() {
    return {
      id: () => this.state().id,
      type: () => this.state().type,
      priority: () => this.state().priority,
      stopIfTrue: () => this.state().stopIfTrue,
    };
  }

  get id(): string {
    return this.read("id");
  }
  get type(): string {
    return this.read("type");
  }
  get priority(): number {
    return this.read("priority");
  }
  set priority(value: number) {
    this.write("priority", value, () => {
      this.state().priority = value;
    });
  }
  get stopIfTrue(): boolean {
    return this.read("stopIfTrue");
  }
  set stopIfTrue(value: boolean) {
    this.write("stopIfTrue", value, () => {
      this.state().stopIfTrue = value;
    });
  }

  private rule(root: string) {
    return ruleRecorder(
      this.queue,
      "ConditionalFormat",
      () => {
        const state = this.state();
        if (RULE_OF_TYPE[state.type] !== root) {
          throw excelError(
            "InvalidArgument",
            `ConditionalFormat.${root}`,
            `A ${state.type} conditional format has no ${root}.`
          );
        }
        return state.rules;
      },
      root
    );
  }

  /* eslint-disable @typescript-eslint/no-explicit-any */
  get cellValue(): any {
    return this.rule("cellValue");
  }
  get custom(): any {
    return this.rule("custom");
  }
  get colorScale(): any {
    return this.rule("colorScale");
  }
  get dataBar(): any {
    return this.rule("dataBar");
  }
  get iconSet(): any {
    return this.rule("iconSet");
  }
  get topBottom(): any {
    return this.rule("topBottom");
  }
  get preset(): any {
    return this.rule("preset");
  }
  get textComparison(): any {
    return this.rule("textComparison");
  }
  /* eslint-enable @typescript-eslint/no-explicit-any */

  delete(): void {
    this.call("delete", [], () => {
      const sheet = this.sheet();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf !== this.state());
    });
  }
}

/** `range.conditionalFormats`: formats whose range lies on the range's sheet and touches it. */
export class ConditionalFormatCollection extends ModelCollection<ConditionalFormat> {
  constructor(
    queue: RequestQueue,
    private readonly cells: CellsLocator
  ) {
    super(queue, "ConditionalFormatCollection");
  }

  protected currentItems(): ConditionalFormat[] {
    const { sheet, rects } = this.cells();
    const rect = rects[0];
    return sheet.conditionalFormats
      .filter((cf) => rect !== undefined && rectsOverlap(cf.rect, rect))
      .map(
        (cf) =>
          new ConditionalFormat(
            this.queue,
            () => sheet,
            () => cf
          )
      );
  }

  add(type: string): ConditionalFormat {
    let created: { sheet: SheetState; state: ConditionalFormatState } | undefined;
    const missing = () =>
      excelError("ItemNotFound", "ConditionalFormat", "The conditional format was not created.");
    const made = () => {
      if (!created) throw missing();
      return created;
    };
    const format = new ConditionalFormat(
      this.queue,
      () => made().sheet,
      () => made().state
    );
    this.call("add", [type], () => {
      if (!(type in RULE_OF_TYPE)) {
        throw excelError(
          "InvalidArgument",
          "ConditionalFormatCollection.add",
          `'${type}' is not a conditional format type.`
        );
      }
      const { sheet, rects } = this.cells();
      const rect = rects[0];
      if (!rect) throw missing();
      for (const cf of sheet.conditionalFormats) cf.priority += 1;
      const state: ConditionalFormatState = {
        id: this.queue.state.newId("cf"),
        type,
        rect,
        priority: 0,
        stopIfTrue: false,
        rules: {},
      };
      sheet.conditionalFormats.push(state);
      created = { sheet, state };
    });
    return format;
  }

  clearAll(): void {
    this.call("clearAll", [], () => {
      const { sheet, rects } = this.cells();
      const rect = rects[0];
      if (!rect) return;
      sheet.conditionalFormats = sheet.conditionalFormats.filter(
        (cf) => !rectContains(rect, cf.rect)
      );
    });
  }
}
