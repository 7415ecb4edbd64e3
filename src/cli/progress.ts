/** Progress of long work on stderr, only when a person watches it (a TTY): logs and pipes stay clean. */
export type Progress = { update(done: number, total: number): void; end(): void };

export function progressOnStderr(label: string): Progress {
  const stream = process.stderr;
  if (!stream.isTTY) return { update() {}, end() {} };
  let shown = false;
  return {
    update(done, total) {
      shown = true;
      stream.write(`\r${label} ${done}/${total}`);
    },
    end() {
      if (shown) stream.write('\n');
    },
  };
}
