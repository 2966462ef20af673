/**
 * The body of a pool worker thread: imports the task table named in `workerData` and runs one task at a time
 * on request, posting progress, the result or the error back.
 * @module
 */
import { parentPort, workerData } from "node:worker_threads";
import { serializeError } from "./taskError.js";
import type { TaskTable } from "./taskRunner.js";

/** A request from the pool: run a task, or abort the running one (it may then settle with what it has). */
export type WorkerRequest =
  | { type: "run"; id: number; name: string; input: unknown }
  | { type: "abort"; id: number };

/** A message to the pool. */
export type WorkerReply =
  | { id: number; type: "progress"; fraction: number }
  | { id: number; type: "result"; value: unknown }
  | { id: number; type: "error"; error: ReturnType<typeof serializeError> };

const { tasksUrl, exportName } = workerData as { tasksUrl: string; exportName: string };
const port = parentPort;
if (port) {
  const tasks = (await import(tasksUrl))[exportName] as TaskTable;
  const running = new Map<number, AbortController>();
  port.on("message", async (request: WorkerRequest) => {
    if (request.type === "abort") {
      running.get(request.id)?.abort();
      return;
    }
    const task = tasks[request.name];
    const post = (reply: WorkerReply) => port.postMessage(reply);
    const controller = new AbortController();
    running.set(request.id, controller);
    try {
      if (!task) throw new Error(`unknown task: ${request.name}`);
      const value = await task(request.input, {
        progress: (fraction) => post({ id: request.id, type: "progress", fraction }),
        signal: controller.signal,
      });
      post({ id: request.id, type: "result", value });
    } catch (error) {
      post({ id: request.id, type: "error", error: serializeError(error) });
    } finally {
      running.delete(request.id);
    }
  });
  port.postMessage("ready");
}
