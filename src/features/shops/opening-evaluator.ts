// The opening-hours evaluator of the offices (src/features/offices/opening-state.ts), loaded on first
// use: the opening_hours library is large and stays out of the start page and the list's first paint.
import { type Accessor, createSignal } from "solid-js";
import type * as OpeningHours from "../offices/opening-state";

export type Evaluator = typeof OpeningHours;

let loading: Promise<Evaluator> | undefined;

/**
 * A signal, not a resource: a resource would suspend the page (and show "loading" instead of the
 * list) until the library arrives; the list shows at once and the opening states follow.
 */
export function createEvaluator(): Accessor<Evaluator | undefined> {
  const [evaluator, setEvaluator] = createSignal<Evaluator>();
  loading ??= import("../offices/opening-state");
  loading.then(
    (module) => setEvaluator(() => module),
    (error: unknown) => {
      loading = undefined;
      console.warn("shops: opening hours not evaluated", error);
    },
  );
  return evaluator;
}
