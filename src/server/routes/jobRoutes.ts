/**
 * Jobs: start (generic, or the `/simulations` shortcut), read, follow as Server-Sent Events, cancel.
 * @module
 */
import type { ServerResponse } from "node:http";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBodySchema, JobMetaSchema, ScenarioParamsSchema } from "../contract.js";
import type { JobEvent, JobMeta } from "../jobs/jobManager.js";
import type { ServerContext } from "../serverContext.js";

const JobParamsSchema = z.object({ job: z.string().min(1).max(100) });

/** Registers the job routes; `streams` collects open event streams so shutdown can end them. */
export function jobRoutes(app: FastifyInstance, ctx: ServerContext, streams: Set<ServerResponse>): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { store, jobs } = ctx;
  const tags = ["jobs"];
  const errors = { 400: ErrorBodySchema, 404: ErrorBodySchema };

  const start = async (id: string, kind: string, version: number | undefined, parameters: unknown) => {
    const stored = await store.getVersion(id, version);
    return jobs.start(kind, {
      scenarioId: id,
      version: stored.version,
      scenario: stored.scenario,
      parameters,
    });
  };

  r.post(
    "/api/scenarios/:id/jobs",
    {
      schema: {
        tags,
        summary: "Start a job of a registered kind (e.g. analysis) on a scenario version",
        params: ScenarioParamsSchema,
        body: z
          .object({
            kind: z.string().min(1),
            version: z.number().int().positive().optional(),
            parameters: z.unknown().optional(),
          })
          .strict(),
        response: { 202: z.object({ job: JobMetaSchema }), ...errors },
      },
    },
    async (request, reply) => {
      const { kind, version, parameters } = request.body;
      reply.code(202);
      return { job: await start(request.params.id, kind, version, parameters) };
    },
  );

  r.post(
    "/api/scenarios/:id/simulations",
    {
      schema: {
        tags,
        summary: "Start a simulation job (`{runs, seed, protocol, strategies}`, plus optional `version`)",
        description: "A shortcut for POST /api/scenarios/:id/jobs with kind `simulation`.",
        params: ScenarioParamsSchema,
        body: z.record(z.string(), z.unknown()).optional(),
        response: { 202: z.object({ job: JobMetaSchema }), ...errors },
      },
    },
    async (request, reply) => {
      const { version, ...parameters } = (request.body ?? {}) as { version?: unknown };
      const v = typeof version === "number" ? version : undefined;
      reply.code(202);
      return { job: await start(request.params.id, "simulation", v, parameters) };
    },
  );

  r.get(
    "/api/jobs/:job",
    {
      schema: {
        tags,
        summary: "A job's status, progress and result",
        params: JobParamsSchema,
        response: { 200: JobMetaSchema, ...errors },
      },
    },
    async (request) => jobs.get(request.params.job),
  );

  r.delete(
    "/api/jobs/:job",
    {
      schema: {
        tags,
        summary: "Cancel a job",
        params: JobParamsSchema,
        response: { 200: JobMetaSchema, ...errors },
      },
    },
    async (request) => jobs.cancel(request.params.job),
  );

  r.get(
    "/api/jobs/:job/events",
    {
      schema: {
        tags,
        summary:
          "Follow a job as Server-Sent Events: `progress` {progress}, then `done` {result} or `failed` / `cancelled` {error}",
        params: JobParamsSchema,
        produces: ["text/event-stream"],
        response: { 404: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const id = request.params.job;
      const initial = await jobs.get(id);
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        // Headers set by hooks (CORS) before the reply was taken over.
        ...(reply.getHeaders() as Record<string, string>),
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-cache",
        connection: "keep-alive",
        "x-accel-buffering": "no",
      });
      const send = (event: JobEvent) => {
        const { type, ...data } = event;
        res.write(`event: ${type}\ndata: ${JSON.stringify(data)}\n\n`);
      };
      const finalEvent = (meta: JobMeta): JobEvent | undefined => {
        if (meta.status === "done") return { type: "done", result: meta.result };
        if (meta.status === "failed")
          return { type: "failed", error: meta.error ?? { code: "internal", message: "" } };
        if (meta.status === "cancelled") {
          const error = meta.error ?? { code: "cancelled", message: "cancelled" };
          return { type: "cancelled", error, ...(meta.result !== undefined ? { result: meta.result } : {}) };
        }
        return undefined;
      };
      // A comment line every 15 s keeps proxies from closing a stream that waits on a long job.
      const heartbeat = setInterval(() => res.write(": keep-alive\n\n"), 15_000);
      const end = () => {
        clearInterval(heartbeat);
        streams.delete(res);
        if (!res.writableEnded) res.end();
      };
      streams.add(res);
      send({ type: "progress", progress: initial.progress });
      const unsubscribe = jobs.subscribe(id, (event) => {
        send(event);
        if (event.type !== "progress") end();
      });
      if (!unsubscribe) {
        // The job ended between the first read and the subscription: report its recorded outcome.
        const last = finalEvent(await jobs.get(id));
        if (last) send(last);
        end();
        return;
      }
      request.raw.on("close", () => {
        unsubscribe();
        end();
      });
    },
  );
}
