import type { Application } from "./application";
import type { ModelObject } from "./client-object";
import type { LoadSpec } from "./load-tree";
import type { RequestQueue } from "./request-context";
import { Workbook } from "./workbook";

/** The model's `Excel.RequestContext`: `workbook`, `application`, `sync()` and `load()`. */
export class ExcelModelContext {
  readonly workbook: Workbook;

  constructor(private readonly queue: RequestQueue) {
    this.workbook = new Workbook(queue);
  }

  get application(): Application {
    return this.workbook.application;
  }

  /** Sends the queued operations; rejects with an Excel error when one fails. */
  sync(): Promise<void> {
    return this.queue.sync();
  }

  /** Office's `context.load(object, properties)`. */
  load<T extends ModelObject>(object: T, spec?: LoadSpec): T {
    return object.load(spec);
  }
}
