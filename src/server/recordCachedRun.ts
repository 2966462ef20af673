import { randomUUID } from "node:crypto";
import type { ServerContext } from "./serverContext.js";

/**
 * Records a finished synchronous engine request (analysis, forecast) as a run of its scenario version. Runs the
 * write in the background: a failure is logged and never fails the request that produced the result.
 */
export function recordCachedRun(
  ctx: ServerContext,
  run: {
    scenarioId: string;
    version: number;
    kind: string;
    parameters: Record<string, unknown>;
    seed: string | null;
    result: unknown;
    startedAt: string;
  },
): void {
  ctx.store
    .recordRun({
      id: randomUUID(),
      status: "done",
      error: null,
      finishedAt: ctx.clock().toISOString(),
      ...run,
    })
    .catch((error: unknown) => ctx.log.warn({ err: error }, `could not record the ${run.kind} run`));
}
