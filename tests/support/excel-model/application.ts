import { oneOf } from "./checks";
import { ModelObject } from "./client-object";
import type { RequestQueue } from "./request-context";
import { CALCULATION_MODES, type ApplicationState } from "./workbook-state";

/** `workbook.application`: calculation mode and the suspend calls, recorded in order. */
export class Application extends ModelObject {
  constructor(queue: RequestQueue) {
    super(queue, "Application");
  }

  protected scalars() {
    return { calculationMode: () => this.queue.state.application.calculationMode };
  }

  get calculationMode(): string {
    return this.read("calculationMode");
  }
  set calculationMode(value: string) {
    this.write("calculationMode", value, () => {
      const mode = oneOf(
        CALCULATION_MODES,
        "Application.calculationMode"
      )(value) as ApplicationState["calculationMode"];
      this.queue.state.application.calculationMode = mode;
      this.queue.state.application.calls.push(`calculationMode=${mode}`);
    });
  }

  private record(method: string, args: unknown[] = []): void {
    this.call(method, args, () => {
      this.queue.state.application.calls.push(
        args.length === 0 ? method : `${method}(${args.map(String).join(",")})`
      );
    });
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.record("suspendScreenUpdatingUntilNextSync");
  }

  suspendApiCalculationUntilNextSync(): void {
    this.record("suspendApiCalculationUntilNextSync");
  }

  calculate(calculationType: string): void {
    this.record("calculate", [calculationType]);
  }
}
