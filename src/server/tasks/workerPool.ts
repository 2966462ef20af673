/**
 * A {@link TaskRunner} on worker threads. CPU-bound engine work cannot be interrupted on the main thread, so
 * each task runs in a worker; a task over its time limit or cancelled is stopped by terminating its worker,
 * and a fresh worker takes its place on demand. Idle workers are kept warm for the next task.
 * @module
 */
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { cancelledError, deserializeError, timeoutError } from "./taskError.js";
import type { RunOptions, TaskRunner } from "./taskRunner.js";
import type { WorkerReply, WorkerRequest } from "./workerMain.js";

/** Options of {@link createWorkerPool}. */
export interface WorkerPoolOptions {
  /** URL of the module exporting the task table (a `.ts` module is loaded through tsx). */
  tasksUrl: URL;
  /** Name of the export holding the table (default `tasks`). */
  exportName?: string;
  /** Most workers running at once (default 1); further runs queue. */
  size?: number;
  /** Start `size` workers now rather than on the first run, so the first request does not pay start-up. */
  warm?: boolean;
}

interface Pending {
  name: string;
  input: unknown;
  options: RunOptions;
  resolve(value: unknown): void;
  reject(error: unknown): void;
  settled: boolean;
  /** Set while the job runs: frees its worker when the job is settled from outside (timeout, cancel). */
  stop?: () => void;
  /** Set while the job runs: asks the task to wind down through its signal. */
  interrupt?: () => void;
  /** The grace timer after an abort. */
  grace?: ReturnType<typeof setTimeout>;
}

const require = createRequire(import.meta.url);

/** Creates a pool of worker threads running tasks from `options.tasksUrl`. */
export function createWorkerPool(options: WorkerPoolOptions): TaskRunner {
  const size = Math.max(1, options.size ?? 1);
  const workerUrl = new URL(
    `./workerMain${import.meta.url.endsWith(".ts") ? ".ts" : ".js"}`,
    import.meta.url,
  );
  const tsxApi = pathToFileURL(require.resolve("tsx/esm/api").replace(/\.cjs$/, ".mjs")).href;
  // The worker registers tsx itself: hooks registered on the main thread do not reach worker threads.
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(workerUrl.href)}); })`;
  const workerData = { tasksUrl: options.tasksUrl.href, exportName: options.exportName ?? "tasks" };

  const idle: Worker[] = [];
  const queue: Pending[] = [];
  let busy = 0;
  let nextId = 1;
  let closed = false;
  const all = new Set<Worker>();

  const spawn = () =>
    new Promise<Worker>((resolve, reject) => {
      const worker = new Worker(bootstrap, { eval: true, workerData });
      all.add(worker);
      worker.once("message", () => resolve(worker));
      worker.once("error", reject);
      worker.once("exit", () => {
        all.delete(worker);
        reject(new Error("worker exited during start-up"));
      });
    });

  const execute = async (job: Pending) => {
    busy++;
    let worker: Worker | undefined;
    let keep = false;
    try {
      worker = idle.pop() ?? (await spawn());
      if (job.settled) {
        keep = true;
        return;
      }
      const w = worker;
      keep = await new Promise<boolean>((done) => {
        const id = nextId++;
        const cleanup = () => {
          w.off("message", onMessage);
          w.off("error", onError);
          w.off("exit", onExit);
          job.stop = undefined;
          job.interrupt = undefined;
        };
        const onMessage = (reply: WorkerReply) => {
          if (reply.id !== id) return;
          if (reply.type === "progress") {
            job.options.onProgress?.(reply.fraction);
            return;
          }
          cleanup();
          if (reply.type === "result") settle(job, () => job.resolve(reply.value));
          else settle(job, () => job.reject(deserializeError(reply.error)));
          done(true);
        };
        const onError = (error: Error) => {
          cleanup();
          settle(job, () => job.reject(error));
          done(false);
        };
        const onExit = () => {
          cleanup();
          settle(job, () =>
            job.reject(closed ? cancelledError(job.name) : new Error("worker exited unexpectedly")),
          );
          done(false);
        };
        // Settled from outside (timeout or cancel): the worker is busy with stale work, so it is replaced.
        job.stop = () => {
          cleanup();
          done(false);
        };
        w.on("message", onMessage);
        w.on("error", onError);
        w.on("exit", onExit);
        job.interrupt = () => w.postMessage({ type: "abort", id } satisfies WorkerRequest);
        w.postMessage({ type: "run", id, name: job.name, input: job.input } satisfies WorkerRequest);
      });
    } catch (error) {
      settle(job, () => job.reject(error));
    } finally {
      busy--;
      if (worker) {
        if (keep && !closed) idle.push(worker);
        else {
          all.delete(worker);
          void worker.terminate();
        }
      }
      pump();
    }
  };

  const pump = () => {
    while (!closed && busy < size && queue.length > 0) {
      const job = queue.shift();
      if (job && !job.settled) void execute(job);
    }
  };

  if (options.warm) {
    for (let i = 0; i < size; i++) {
      spawn().then(
        (worker) => {
          if (closed) void worker.terminate();
          else idle.push(worker);
        },
        () => undefined,
      );
    }
  }

  return {
    run(name, input, runOptions = {}) {
      return new Promise((resolve, reject) => {
        if (closed) {
          reject(cancelledError(name));
          return;
        }
        const job: Pending = { name, input, options: runOptions, resolve, reject, settled: false };
        const { signal, timeoutMs } = runOptions;
        if (signal?.aborted) {
          reject(cancelledError(name));
          return;
        }
        const timer =
          timeoutMs === undefined
            ? undefined
            : setTimeout(() => settle(job, () => job.reject(timeoutError(name, timeoutMs))), timeoutMs);
        const onAbort = () => {
          const graceMs = runOptions.graceMs ?? 0;
          if (graceMs > 0 && job.interrupt) {
            // Let the task settle with what it has (it sees its signal abort), then stop it regardless.
            job.interrupt();
            job.grace = setTimeout(() => settle(job, () => job.reject(cancelledError(name))), graceMs);
            return;
          }
          settle(job, () => job.reject(cancelledError(name)));
        };
        signal?.addEventListener("abort", onAbort, { once: true });
        const finish = () => {
          clearTimeout(timer);
          clearTimeout(job.grace);
          signal?.removeEventListener("abort", onAbort);
        };
        job.resolve = (v) => {
          finish();
          resolve(v);
        };
        job.reject = (e) => {
          finish();
          reject(e);
        };
        queue.push(job);
        pump();
      });
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) settle(job, () => job.reject(cancelledError(job.name)));
      idle.length = 0;
      await Promise.all([...all].map((w) => w.terminate()));
      all.clear();
    },
  };
}

function settle(job: Pending, action: () => void) {
  if (job.settled) return;
  job.settled = true;
  action();
  job.stop?.();
}
