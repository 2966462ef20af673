/**
 * The fastify application factory. Every dependency is passed in (store, task runner, clock, logger, token,
 * limits), so tests build the app in-process and call `app.inject()`; `impasse serve` builds the real one.
 * @module
 */
import type { ServerResponse } from "node:http";
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import { EngineError } from "../errors.js";
import type { Clock, ScenarioStore } from "../store/index.js";
import { createResultCache } from "./analysisCache.js";
import { bearerAuth } from "./bearerAuth.js";
import { registerCors } from "./cors.js";
import { errorReply } from "./errorReply.js";
import { jobKinds as defaultJobKinds, type JobKind } from "./jobs/jobKinds.js";
import { createJobManager } from "./jobs/jobManager.js";
import { analysisRoutes } from "./routes/analysisRoutes.js";
import { docsRoutes } from "./routes/docsRoutes.js";
import { forecastRoutes } from "./routes/forecastRoutes.js";
import { healthRoutes } from "./routes/healthRoutes.js";
import { ingestRoutes } from "./routes/ingestRoutes.js";
import { jobRoutes } from "./routes/jobRoutes.js";
import { paretoRoutes } from "./routes/paretoRoutes.js";
import { scenarioRoutes } from "./routes/scenarioRoutes.js";
import { webRoutes } from "./routes/webRoutes.js";
import { registerScenarioParsers } from "./scenarioBody.js";
import { defaultLimits, type ServerContext, type ServerLimits } from "./serverContext.js";
import type { TaskRunner } from "./tasks/taskRunner.js";

/** Dependencies and settings of {@link createApp}. */
export interface AppOptions {
  store: ScenarioStore;
  /** Runs engine tasks (`analyze`, `timeline`, job tasks): a worker pool in production. */
  runner: TaskRunner;
  clock: Clock;
  /** A pino-compatible logger, or fastify logger options (`{level, stream}`); silent when omitted. */
  logger?: FastifyBaseLogger | { level: string; stream?: NodeJS.WritableStream };
  /** When set, every request except `/api/health` and the workbench files needs `Authorization: Bearer <token>`. */
  token?: string;
  limits?: Partial<ServerLimits>;
  /** Origins allowed cross-origin; CORS is off when empty (the default). */
  corsOrigins?: readonly string[];
  /** Directory of the built workbench (`web/dist`). */
  webRoot?: string;
  /** Job kinds (default: the registry in `jobs/jobKinds.ts`). */
  jobKinds?: Readonly<Record<string, JobKind>>;
  /** Version reported by `/api/health` and the OpenAPI document. */
  version: string;
}

/** Builds the application (routes registered, not listening). Closing it cancels jobs and ends event streams. */
export async function createApp(options: AppOptions): Promise<FastifyInstance> {
  const limits: ServerLimits = { ...defaultLimits, ...options.limits };
  const app = Fastify({
    bodyLimit: limits.bodyBytes,
    ...(options.logger === undefined
      ? { logger: false }
      : "child" in options.logger
        ? { loggerInstance: options.logger }
        : { logger: options.logger }),
    // Keep-alive connections are closed as soon as they are idle on close; in-flight requests finish.
    forceCloseConnections: "idle",
    return503OnClosing: true,
  }) as unknown as FastifyInstance;
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const ctx: ServerContext = {
    store: options.store,
    runner: options.runner,
    clock: options.clock,
    limits,
    cache: createResultCache(limits.cacheEntries),
    log: app.log,
    version: options.version,
    jobs: createJobManager({
      runner: options.runner,
      store: options.store,
      clock: options.clock,
      kinds: options.jobKinds ?? defaultJobKinds,
      timeoutMs: limits.jobMs,
      onError: (error) => app.log.error({ err: error }, "job error"),
    }),
  };

  app.setErrorHandler((error, _request, reply) => {
    const { status, body } = errorReply(error, app.log);
    if (status === 401) reply.header("www-authenticate", 'Bearer realm="impasse"');
    return reply.code(status).type("application/json; charset=utf-8").send(body);
  });
  app.setNotFoundHandler((request) => {
    throw new EngineError("not_found", `unknown route: ${request.method} ${request.url.split("?")[0]}`);
  });

  registerCors(app, options.corsOrigins ?? []);
  if (options.token !== undefined && options.token.length > 0)
    app.addHook("onRequest", bearerAuth(options.token));
  registerScenarioParsers(app);

  const streams = new Set<ServerResponse>();
  app.addHook("preClose", async () => {
    await ctx.jobs.close();
    for (const res of streams) res.end();
    streams.clear();
  });

  await docsRoutes(app, { version: options.version, token: Boolean(options.token) });
  healthRoutes(app, ctx);
  scenarioRoutes(app, ctx);
  analysisRoutes(app, ctx);
  forecastRoutes(app, ctx);
  ingestRoutes(app, ctx);
  jobRoutes(app, ctx, streams);
  await paretoRoutes(app, ctx);
  await webRoutes(app, options.webRoot);
  return app;
}
