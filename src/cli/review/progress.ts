/** The review's progress bar on a terminal (stderr): `[██████░░░░░░] 45/200  22%  文件名`, redrawn in place. */
import { displayWidth } from '../width';

export function progressLine(done: number, total: number, label: string, columns: number): string {
  const counts = ` ${done}/${total} ${String(Math.floor((done * 100) / Math.max(total, 1))).padStart(3)}% `;
  const barWidth = Math.max(10, Math.min(30, columns - displayWidth(counts) - 20));
  const filled = Math.round((barWidth * done) / Math.max(total, 1));
  const bar = `[${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)}]${counts}`;
  return bar + fit(label, Math.max(0, columns - displayWidth(bar) - 1));
}

/** The end of a long name, which is the part that tells files apart. */
function fit(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  for (const ch of [...text].reverse()) {
    if (displayWidth(out) + displayWidth(ch) + 1 > width) break;
    out = ch + out;
  }
  return width > 0 ? `…${out}` : '';
}

export interface Progress {
  tick(label: string, done: number): void;
  end(): void;
}

export const NO_PROGRESS: Progress = { tick: () => undefined, end: () => undefined };

export function terminalProgress(total: number, stream: NodeJS.WriteStream): Progress {
  let last = 0;
  const draw = (line: string) => stream.write(`\r\x1b[2K${line}`);
  draw(progressLine(0, total, '', stream.columns || 80));
  return {
    tick(label, done) {
      // At most ~20 redraws a second: a terminal is slower than a fast batch.
      const now = Date.now();
      if (done < total && now - last < 50) return;
      last = now;
      draw(progressLine(done, total, label, stream.columns || 80));
    },
    end: () => stream.write('\r\x1b[2K'),
  };
}
