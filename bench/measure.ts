/** The middle of some figures (the upper one of an even count): steadier than a mean on a shared machine. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * The time a piece of work took and the most heap it held above where it started (sampled every
 * 5 ms, after a collection when the bench runs with `--expose-gc`).
 */
export async function measure<T>(
  work: () => Promise<T>,
): Promise<{ value: T; ms: number; heap: number }> {
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 5);
  const started = performance.now();
  const value = await work();
  const ms = performance.now() - started;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  return { value, ms, heap: peak - before };
}
