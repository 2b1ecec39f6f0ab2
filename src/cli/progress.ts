/**
 * A one-line progress display on stderr, only when stderr is a terminal. Redrawn at most ten
 * times a second so it never slows a batch down.
 */
import type { CliContext } from './context.js';

/** The progress display: `tick` with the counts so far, `done` when the batch ends. */
export interface Progress {
  tick(files: number, records: number): void;
  done(): void;
}

const NONE: Progress = { tick() {}, done() {} };

/** A progress line on stderr, or a no-op when stderr is not a TTY or `enabled` is false. */
export function createProgress(ctx: CliContext, enabled: boolean): Progress {
  if (!enabled || ctx.stderr.isTTY !== true) return NONE;
  let last = 0;
  const t0 = Date.now();
  let shown = false;
  const draw = (files: number, records: number): void => {
    const s = (Date.now() - t0) / 1000;
    const rate = s > 0 ? Math.round(files / s) : 0;
    ctx.stderr.write(`\r\x1b[2K${files} messages, ${records} records, ${rate}/s`);
    shown = true;
  };
  let lf = 0;
  let lr = 0;
  return {
    tick(files, records) {
      lf = files;
      lr = records;
      const now = Date.now();
      if (now - last >= 100) {
        last = now;
        draw(files, records);
      }
    },
    done() {
      if (shown) {
        draw(lf, lr);
        ctx.stderr.write('\n');
      }
    },
  };
}
