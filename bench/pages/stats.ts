/** Helpers every bench page shares. */

/** The middle sample (the upper one of an even count): robust against one slow run. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Resolves after `ms` milliseconds (default 50): lets pending tasks, renders and GC settle. */
export const idle = (ms = 50): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
