/**
 * What route modules share: the injected dependencies and the per-app state built from them.
 * @module
 */
import type { FastifyBaseLogger } from "fastify";
import type { Clock, ScenarioStore } from "../store/index.js";
import type { ResultCache } from "./analysisCache.js";
import type { JobManager } from "./jobs/jobManager.js";
import type { ScenarioLimits } from "./scenarioBody.js";
import type { TaskRunner } from "./tasks/taskRunner.js";

/** The server's limits. */
export interface ServerLimits extends ScenarioLimits {
  /** Largest request body in bytes (default 2 MiB). */
  bodyBytes: number;
  /** Time limit of one analysis, timeline or pareto request in milliseconds (default 10 000). */
  analysisMs: number;
  /** Time limit of one job in milliseconds (default 600 000). */
  jobMs: number;
  /** Engine results kept in the cache (default 256). */
  cacheEntries: number;
}

/** Defaults of {@link ServerLimits}. */
export const defaultLimits: ServerLimits = {
  bodyBytes: 2 * 1024 * 1024,
  scenarioBytes: 2 * 1024 * 1024,
  maxAliasCount: 100,
  analysisMs: 10_000,
  jobMs: 600_000,
  cacheEntries: 256,
};

/** Dependencies and state handed to each route module. */
export interface ServerContext {
  store: ScenarioStore;
  runner: TaskRunner;
  clock: Clock;
  limits: ServerLimits;
  cache: ResultCache;
  jobs: JobManager;
  log: FastifyBaseLogger;
  version: string;
}
