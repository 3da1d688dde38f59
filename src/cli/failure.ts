/** A failure the person can act on (exit 1): one line, Chinese then English. */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly english: string,
  ) {
    super(message);
    this.name = 'CliFailure';
  }
}

/** One line for stderr, whatever was thrown. */
export function oneLine(zh: string, en: string): string {
  const flat = (s: string) => s.replace(/\s*\n\s*/g, ' ').trim();
  return `jixiao: ${flat(zh)} / ${flat(en)}\n`;
}
