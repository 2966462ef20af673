/**
 * Where the worker threads load the server's engine tasks from. Kept apart from `engineTasks.ts` so the
 * main thread never loads the engine (nor the solver's WebAssembly) itself.
 * @module
 */

/** URL of the module exporting `engineTasks`. */
export const engineTasksUrl: URL = new URL(
  `./engineTasks.${import.meta.url.endsWith(".ts") ? "ts" : "js"}`,
  import.meta.url,
);
