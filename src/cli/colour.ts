/** How the terminal report marks words: ANSI colours, or nothing at all. */
export interface Paint {
  readonly red: (text: string) => string;
  readonly amber: (text: string) => string;
  readonly green: (text: string) => string;
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
}

const plain = (text: string) => text;
const sgr = (code: string) => (text: string) => `\u001b[${code}m${text}\u001b[0m`;

/** No colour: a file, a pipe, a scheduler's log. */
export const NO_PAINT: Paint = { red: plain, amber: plain, green: plain, bold: plain, dim: plain };

const ANSI: Paint = {
  red: sgr("31"),
  amber: sgr("33"),
  green: sgr("32"),
  bold: sgr("1"),
  dim: sgr("2"),
};

/**
 * Colour only for a person at a terminal: stdout is a TTY and NO_COLOR (no-color.org) is unset;
 * set to anything, even empty, it turns colour off, the stricter reading of that convention. The
 * words Red, Amber and Green are always written too: colour alone is not accessible.
 * @example paintFor(process.stdout.isTTY, process.env) // ANSI at a terminal, NO_PAINT in a pipe
 */
export function paintFor(isTty: boolean | undefined, env: NodeJS.ProcessEnv): Paint {
  return isTty === true && env.NO_COLOR === undefined ? ANSI : NO_PAINT;
}
