/**
 * `POST /api/pareto`: the exact Pareto frontier, bargaining solutions and the count of outcomes acceptable
 * to all, as `impasse pareto --json` prints them, for a scenario (YAML/JSON body) or for GENIUS / GeniusWeb
 * files (multipart: the domain first, then the profiles in party order).
 * @module
 */
import multipart from "@fastify/multipart";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { EngineError } from "../../errors.js";
import { DateSchema } from "../../model/index.js";
import { canonicalJson, scenarioHash } from "../../store/index.js";
import { ErrorBodySchema } from "../contract.js";
import type { ParetoTaskInput } from "../engineTasks.js";
import { readScenario } from "../scenarioBody.js";
import type { ServerContext } from "../serverContext.js";

const MAX_FILES = 16;
const flag = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

/** Reads the uploaded files in order, holding the total under the body limit. */
async function uploadedFiles(request: FastifyRequest, maxBytes: number) {
  const files: { file: string; text: string }[] = [];
  let total = 0;
  for await (const part of request.parts()) {
    if (part.type !== "file") continue;
    const buffer = await part.toBuffer();
    total += buffer.length;
    if (total > maxBytes) throw new EngineError("input_too_large", `uploaded files exceed ${maxBytes} bytes`);
    files.push({ file: part.filename || part.fieldname, text: buffer.toString("utf8") });
  }
  if (files.length === 0)
    throw new EngineError("invalid_argument", "missing files: a domain and its profiles");
  return files;
}

/** Registers the pareto route (and the multipart parser it uses). */
export async function paretoRoutes(app: FastifyInstance, ctx: ServerContext): Promise<void> {
  const { limits, runner, cache } = ctx;
  await app.register(multipart, {
    limits: { fileSize: limits.bodyBytes, files: MAX_FILES, fields: 20, parts: MAX_FILES + 20 },
  });
  app.withTypeProvider<ZodTypeProvider>().post(
    "/api/pareto",
    {
      config: { scenarioBody: true },
      schema: {
        tags: ["analysis"],
        summary: "Pareto frontier and bargaining solutions of a scenario or of GENIUS files",
        description:
          "Body: a scenario (YAML or JSON), or multipart/form-data files — a GENIUS XML domain followed by its " +
          "profiles, GeniusWeb JSON profiles, or one impasse-genius JSON export. The answer is the JSON of " +
          "`impasse pareto --json`. For a scenario, red lines are ignored unless `enforceRedLines=true`.",
        consumes: ["application/yaml", "application/json", "multipart/form-data"],
        querystring: z.object({
          at: DateSchema.optional(),
          ignoreReservation: flag.optional(),
          enforceRedLines: flag.optional(),
          realSteps: z.coerce.number().int().min(2).max(1000).optional(),
        }),
        response: {
          200: z.record(z.string(), z.unknown()).describe("The JSON of `impasse pareto --json`"),
          400: ErrorBodySchema,
          413: ErrorBodySchema,
          422: ErrorBodySchema,
          504: ErrorBodySchema,
        },
      },
    },
    async (request) => {
      const q = request.query;
      const common = q.ignoreReservation ? { ignoreReservation: true } : {};
      let input: ParetoTaskInput;
      let key: string;
      if (request.isMultipart()) {
        const files = await uploadedFiles(request, limits.bodyBytes);
        input = { kind: "genius", files, ...common, ...(q.realSteps ? { realSteps: q.realSteps } : {}) };
        key = `pareto|genius|${scenarioHash(files.map((f) => f.text))}|${canonicalJson(q)}`;
      } else {
        const { scenario } = readScenario(request, limits);
        input = {
          kind: "scenario",
          scenario,
          ...common,
          ...(q.at ? { at: q.at } : {}),
          ...(q.enforceRedLines ? { enforceRedLines: true } : {}),
        };
        key = `pareto|#${scenarioHash(scenario)}|${canonicalJson(q)}`;
      }
      const { value } = cache.get(
        key,
        () =>
          runner.run("pareto", input, { timeoutMs: limits.analysisMs }) as Promise<Record<string, unknown>>,
      );
      return value;
    },
  );
}
