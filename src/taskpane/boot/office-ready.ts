/** How the pane's start went: Excel is ready, or why it cannot be reached. */
export type OfficeStart =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: "unreachable" | "no-answer" | "not-excel" };

/** The part of office.js the start needs. */
export interface OfficeGlobal {
  onReady(): Promise<{ host: unknown }>;
  readonly HostType: { readonly Excel: unknown };
}

/**
 * Waits for Office to start the add-in. office.js comes from Microsoft's CDN: offline, or behind a
 * proxy that blocks it, the script never loads and `Office` does not exist; a half-loaded script may
 * never call back; opened in a plain browser tab it answers with no host.
 * @param office window.Office, or undefined when office.js did not load
 * @example await officeStart(window.Office, 15000) // { ok: true } inside Excel
 */
export async function officeStart(
  office: OfficeGlobal | undefined,
  waitMs: number
): Promise<OfficeStart> {
  if (office === undefined) return { ok: false, reason: "unreachable" };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), waitMs);
  });
  try {
    const info = await Promise.race([office.onReady(), timeout]);
    if (info === "timeout") return { ok: false, reason: "no-answer" };
    return info.host === office.HostType.Excel ? { ok: true } : { ok: false, reason: "not-excel" };
  } finally {
    clearTimeout(timer);
  }
}
