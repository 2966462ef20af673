/**
 * `GET /api/scenarios/:id/forecast`: where the parties' positions on the scenario's `forecast` dimensions
 * are likely to converge, per model, with a seeded spread: the JSON of `impasse forecast --json`. Runs on the
 * task runner under the per-request time limit; cached per version and options, and recorded as a run.
 * @module
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { EngineError } from "../../errors.js";
import type { ForecastModel } from "../../forecast/runForecast.js";
import { ErrorBodySchema, ScenarioParamsSchema } from "../contract.js";
import type { ForecastTaskInput } from "../engineTasks.js";
import { recordCachedRun } from "../recordCachedRun.js";
import type { ServerContext } from "../serverContext.js";

/** The models of `impasse forecast --model` (the engine's `forecastModels`, and `all`). */
const MODELS = ["all", "compromise", "median", "smp", "bdm", "exchange"] as const satisfies readonly (
  | ForecastModel
  | "all"
)[];

const ForecastQuerySchema = z.object({
  model: z.enum(MODELS).default("all"),
  runs: z.coerce.number().int().min(0).max(1000).default(100),
  seed: z.coerce
    .number()
    .int()
    .min(0)
    .max(2 ** 31)
    .default(1),
  version: z.coerce.number().int().positive().optional(),
});

/** Registers the forecast route. */
export function forecastRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const { store, runner, cache, limits } = ctx;
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/scenarios/:id/forecast",
    {
      schema: {
        tags: ["analysis"],
        summary: "Forecast of a stored scenario version's forecast block (cached)",
        description:
          "The JSON of `impasse forecast --json` for the scenario's `forecast` block: for one model `{model, turns, " +
          "history, probabilities, final, actors, dimensions, variant, converged, log, spread?}`, for `model=all` " +
          "`{models: [...], disagreement}`. `runs` (default 100) is the size of the spread ensemble, 0 for none; " +
          "`seed` (default 1) seeds it. A scenario without a forecast block gets 404.",
        params: ScenarioParamsSchema,
        querystring: ForecastQuerySchema,
        response: {
          200: z.record(z.string(), z.unknown()).describe("The JSON of `impasse forecast --json`"),
          400: ErrorBodySchema,
          404: ErrorBodySchema,
          422: ErrorBodySchema,
          504: ErrorBodySchema,
        },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const { model, runs, seed } = request.query;
      const version = request.query.version ?? (await store.getScenario(id)).latestVersion;
      const startedAt = ctx.clock().toISOString();
      const { value, hit } = cache.get(`forecast|${id}@${version}|${model}|${runs}|${seed}`, async () => {
        const stored = await store.getVersion(id, version);
        if (!stored.scenario.forecast)
          throw new EngineError(
            "not_found",
            `scenario ${id} version ${version} has no forecast block (see docs/forecast.md)`,
          );
        const input: ForecastTaskInput = { scenario: stored.scenario, model, runs, seed };
        return runner.run("forecast", input, { timeoutMs: limits.analysisMs }) as Promise<
          Record<string, unknown>
        >;
      });
      const result = await value;
      if (!hit)
        recordCachedRun(ctx, {
          scenarioId: id,
          version,
          kind: "forecast",
          parameters: { model, runs },
          seed: String(seed),
          result,
          startedAt,
        });
      reply.header("x-cache", hit ? "hit" : "miss");
      return result;
    },
  );
}
