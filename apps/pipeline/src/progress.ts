import type { BatchProgress } from "@newsgraph/ingest";
import cliProgress from "cli-progress";

export interface ProgressReporter {
  update(progress: BatchProgress): void;
  /** Prints a line without tearing the bar. */
  log(line: string): void;
  stop(): void;
}

/** A bar on stderr, shown only on a terminal and only once a batch has run longer than `delayMs`. */
export function createProgressReporter(label: string, options: { delayMs?: number } = {}): ProgressReporter {
  const stream = process.stderr;
  const delayMs = options.delayMs ?? 400;
  const started = performance.now();
  let bars: cliProgress.MultiBar | null = null;
  let bar: cliProgress.SingleBar | null = null;
  return {
    update(progress) {
      if (!stream.isTTY) return;
      if (!bar) {
        if (performance.now() - started < delayMs || progress.done >= progress.total) return;
        bars = new cliProgress.MultiBar(
          {
            stream,
            format: `${label} [{bar}] {value}/{total} | {failed} failed | {current}`,
            hideCursor: true,
            clearOnComplete: true,
            etaBuffer: 50,
          },
          cliProgress.Presets.shades_classic,
        );
        bar = bars.create(progress.total, progress.done, {
          failed: progress.failed,
          current: progress.current,
        });
      }
      bar.setTotal(progress.total);
      bar.update(progress.done, { failed: progress.failed, current: progress.current });
    },
    log(line) {
      if (bars) bars.log(`${line}\n`);
      else stream.write(`${line}\n`);
    },
    stop() {
      bars?.stop();
      bars = null;
      bar = null;
    },
  };
}
