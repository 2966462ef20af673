/**
 * Engine endpoints: validation, analysis (stored or unsaved), timeline. Engine work runs on the task runner
 * under the per-request time limit; results are cached per scenario version (or content) and date, and the
 * first analysis of a stored version is recorded as a run.
 * @module
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { DateSchema, parseScenarioText } from "../../model/index.js";
import { scenarioHash } from "../../store/index.js";
import {
  AnalysisQuerySchema,
  AnalysisResultSchema,
  ErrorBodySchema,
  ScenarioParamsSchema,
  ValidationSchema,
  VersionQuerySchema,
} from "../contract.js";
import { recordCachedRun } from "../recordCachedRun.js";
import { readScenario, scenarioText } from "../scenarioBody.js";
import type { ServerContext } from "../serverContext.js";

const TimelineSchema = z.object({
  entries: z.array(z.record(z.string(), z.unknown())).describe("TimelineEntry[]: see docs/api.md"),
});

/** Registers validation, analysis and timeline routes. */
export function analysisRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { store, runner, cache, limits } = ctx;
  const tags = ["analysis"];
  const errors = {
    400: ErrorBodySchema,
    404: ErrorBodySchema,
    413: ErrorBodySchema,
    422: ErrorBodySchema,
    504: ErrorBodySchema,
  };
  const compute = (task: string, input: unknown) => () =>
    runner.run(task, input, { timeoutMs: limits.analysisMs }) as Promise<Record<string, unknown>>;

  /** Resolves `?version` (latest by default) so cache keys name an immutable version. */
  const resolveVersion = async (id: string, version: number | undefined) =>
    version ?? (await store.getScenario(id)).latestVersion;

  r.post(
    "/api/validate",
    {
      config: { scenarioBody: true },
      schema: {
        tags,
        summary: "Validate a scenario without storing it",
        consumes: ["application/yaml", "application/json"],
        response: { 200: ValidationSchema, 400: ErrorBodySchema, 413: ErrorBodySchema },
      },
    },
    async (request) => {
      const { scenario, diagnostics } = parseScenarioText(scenarioText(request), {
        maxBytes: limits.scenarioBytes,
        maxAliasCount: limits.maxAliasCount,
      });
      return { valid: scenario !== undefined, diagnostics };
    },
  );

  r.post(
    "/api/analyze",
    {
      config: { scenarioBody: true },
      schema: {
        tags,
        summary: "Analyse an unsaved scenario (what-if)",
        consumes: ["application/yaml", "application/json"],
        querystring: z.object({ at: DateSchema.optional() }),
        response: { 200: AnalysisResultSchema, ...errors },
      },
    },
    async (request) => {
      const { scenario } = readScenario(request, limits);
      const at = request.query.at;
      const key = `analyze|#${scenarioHash(scenario)}|${at ?? ""}`;
      return cache.get(key, compute("analyze", { scenario, ...(at ? { at } : {}) })).value;
    },
  );

  r.get(
    "/api/scenarios/:id/analysis",
    {
      schema: {
        tags,
        summary: "Analyse a stored scenario version at a date (cached)",
        params: ScenarioParamsSchema,
        querystring: AnalysisQuerySchema,
        response: { 200: AnalysisResultSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const { at } = request.query;
      const version = await resolveVersion(id, request.query.version);
      const key = `analyze|${id}@${version}|${at ?? ""}`;
      const startedAt = ctx.clock().toISOString();
      const { value, hit } = cache.get(key, async () => {
        const stored = await store.getVersion(id, version);
        return compute("analyze", { scenario: stored.scenario, ...(at ? { at } : {}) })();
      });
      const result = await value;
      if (!hit)
        recordCachedRun(ctx, {
          scenarioId: id,
          version,
          kind: "analysis",
          parameters: at ? { at } : {},
          seed: null,
          result,
          startedAt,
        });
      reply.header("x-cache", hit ? "hit" : "miss");
      return result;
    },
  );

  r.get(
    "/api/scenarios/:id/timeline",
    {
      schema: {
        tags,
        summary: "The verdict at every dated event of a stored scenario version (cached)",
        params: ScenarioParamsSchema,
        querystring: VersionQuerySchema,
        response: { 200: TimelineSchema, ...errors },
      },
    },
    async (request) => {
      const { id } = request.params;
      const version = await resolveVersion(id, request.query.version);
      const { value } = cache.get(`timeline|${id}@${version}`, async () => {
        const stored = await store.getVersion(id, version);
        return compute("timeline", { scenario: stored.scenario })();
      });
      return { entries: (await value) as unknown as Record<string, unknown>[] };
    },
  );
}
