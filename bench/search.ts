// Times the services search as the services page runs it: one index, one search per keystroke.
import { createServiceIndex, type SearchDocument, searchServices } from "../src/features/services/search";

export type SearchTiming = {
  /** Median over every single search (each query, each round). */
  medianMs: number;
  p95Ms: number;
  /** Queries that found at least one service: a search that finds nothing is fast for no merit. */
  queriesWithHits: number;
  queries: number;
};

const WARMUP_ROUNDS = 5;
const ROUNDS = 25;

export function timeSearches(documents: SearchDocument[], queries: string[]): SearchTiming {
  const index = createServiceIndex(documents);
  // Warm-up lets the JIT compile the search paths; the first calls are several times slower.
  for (let round = 0; round < WARMUP_ROUNDS; round++) for (const q of queries) searchServices(index, q);

  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of queries) {
      const start = performance.now();
      searchServices(index, q);
      samples.push(performance.now() - start);
    }
  }
  const queriesWithHits = queries.filter((q) => searchServices(index, q).length > 0).length;
  return {
    medianMs: quantile(samples, 0.5),
    p95Ms: quantile(samples, 0.95),
    queriesWithHits,
    queries: queries.length,
  };
}

/** Median time to build the index (informational: the page builds it once per visit). */
export function timeIndexBuild(documents: SearchDocument[], runs = 5): number {
  createServiceIndex(documents); // warm-up
  const samples = Array.from({ length: runs }, () => {
    const start = performance.now();
    createServiceIndex(documents);
    return performance.now() - start;
  });
  return quantile(samples, 0.5);
}

/** Linear interpolation between the closest ranks; quantile(x, 0.5) is the median. */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const below = sorted[Math.floor(position)] ?? Number.NaN;
  const above = sorted[Math.ceil(position)] ?? below;
  return below + (above - below) * (position - Math.floor(position));
}
