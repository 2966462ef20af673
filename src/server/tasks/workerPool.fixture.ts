/**
 * Tasks used by the task-runner tests: they exercise the machinery (results, progress, errors, time limit,
 * cancellation) without depending on engine code.
 * @module
 */
import { EngineError } from "../../errors.js";
import type { TaskTable } from "./taskRunner.js";

/** Test tasks: `echo`, `progress`, `fail`, `crash`, `windDown` (runs until aborted) and `spin` (busy-waits `ms` milliseconds). */
export const tasks: TaskTable = {
  echo: (input) => ({ echoed: input }),
  progress: async (_input, context) => {
    for (const f of [0.25, 0.5, 1]) context.progress(f);
    return "done";
  },
  fail: () => {
    throw new EngineError("invalid_argument", "invalid input: bad", { details: { path: "x" } });
  },
  crash: () => {
    throw new TypeError("boom");
  },
  windDown: async (_input, context) => {
    let steps = 0;
    while (!context.signal.aborted) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      steps++;
    }
    return { partial: true, steps };
  },
  spin: (input) => {
    const { ms } = input as { ms: number };
    const end = Date.now() + ms;
    while (Date.now() < end) {
      // Busy-wait on purpose: the runner must stop CPU-bound work it cannot interrupt.
    }
    return ms;
  },
};
