/**
 * A {@link TaskRunner} on the calling thread, for embedding and tests where worker threads are unwanted.
 * It enforces the time limit and cancellation only between the task's own awaits: a task that computes
 * synchronously runs to its end (use {@link createWorkerPool} to stop such work).
 * @module
 */
import { cancelledError, timeoutError } from "./taskError.js";
import type { TaskRunner, TaskTable } from "./taskRunner.js";

/** Runs tasks from `tasks` in this thread. */
export function inProcessRunner(tasks: TaskTable): TaskRunner {
  const running = new Set<AbortController>();
  return {
    run(name, input, options = {}) {
      const task = tasks[name];
      if (!task) return Promise.reject(new Error(`unknown task: ${name}`));
      const controller = new AbortController();
      running.add(controller);
      return new Promise((resolve, reject) => {
        const graceMs = options.graceMs ?? 0;
        controller.signal.addEventListener(
          "abort",
          () => {
            // With a grace period the task may still settle (e.g. with a partial result) before the rejection.
            if (graceMs > 0) setTimeout(() => reject(controller.signal.reason), graceMs);
            else reject(controller.signal.reason);
          },
          { once: true },
        );
        const onAbort = () => controller.abort(cancelledError(name));
        if (options.signal?.aborted) onAbort();
        options.signal?.addEventListener("abort", onAbort, { once: true });
        const { timeoutMs } = options;
        const timer =
          timeoutMs === undefined
            ? undefined
            : setTimeout(() => controller.abort(timeoutError(name, timeoutMs)), timeoutMs);
        const finish = () => {
          clearTimeout(timer);
          options.signal?.removeEventListener("abort", onAbort);
          running.delete(controller);
        };
        if (controller.signal.aborted) {
          finish();
          return;
        }
        Promise.resolve()
          .then(() => task(input, { progress: (f) => options.onProgress?.(f), signal: controller.signal }))
          .then(resolve, reject)
          .finally(finish);
      });
    },
    async close() {
      for (const controller of running) controller.abort(cancelledError("task"));
    },
  };
}
