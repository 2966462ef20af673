/**
 * Stored scenarios and their versions: list, create, read, save a version (optimistic, with `If-Match`),
 * fork, diff, and the runs recorded against them.
 * @module
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { IdSchema } from "../../model/index.js";
import { diffScenarios } from "../../store/index.js";
import {
  DiffSchema,
  ErrorBodySchema,
  RunRecordSchema,
  SavedSchema,
  ScenarioParamsSchema,
  ScenarioSummarySchema,
  StoredScenarioSchema,
  VersionMetaSchema,
  VersionQuerySchema,
} from "../contract.js";
import { ifMatch } from "../ifMatch.js";
import { saveHeaders } from "../saveHeaders.js";
import { readScenario } from "../scenarioBody.js";
import type { ServerContext } from "../serverContext.js";

const scenarioBodyDoc = {
  consumes: ["application/yaml", "application/json"],
  description:
    "The body is a scenario as YAML (Content-Type: application/yaml or text/yaml) or JSON (application/json), " +
    "in the format of schema/scenario.schema.json. Headers `X-Author` and `X-Message` describe the save.",
};

/** Registers the scenario routes. */
export function scenarioRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { store, limits } = ctx;
  const tags = ["scenarios"];
  const errors = { 400: ErrorBodySchema, 404: ErrorBodySchema };

  r.get(
    "/api/scenarios",
    {
      schema: {
        tags,
        summary: "List stored scenarios",
        response: { 200: z.object({ scenarios: z.array(ScenarioSummarySchema) }) },
      },
    },
    async () => ({ scenarios: await store.listScenarios() }),
  );

  r.post(
    "/api/scenarios",
    {
      config: { scenarioBody: true },
      schema: {
        tags,
        summary: "Store a new scenario (version 1)",
        ...scenarioBodyDoc,
        querystring: z.object({ id: IdSchema.optional() }),
        response: { 201: SavedSchema, 409: ErrorBodySchema, 413: ErrorBodySchema, 422: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const { scenario, text } = readScenario(request, limits);
      const { author, message } = saveHeaders(request, "created");
      const explicit = request.query.id;
      const saved = await store.createScenario(
        explicit ?? scenario.id,
        { scenario, source: text, author, message },
        { suffixIfTaken: explicit === undefined },
      );
      reply
        .code(201)
        .header("location", `/api/scenarios/${saved.id}`)
        .header("etag", `"${saved.version.version}"`);
      return saved;
    },
  );

  r.get(
    "/api/scenarios/:id",
    {
      // Stored versions were validated when saved; re-validating a large scenario on every read costs more
      // than the read itself, so this route serialises without the schema check (the schema still documents it).
      serializerCompiler: () => (data) => JSON.stringify(data),
      schema: {
        tags,
        summary: "Read a scenario (latest version unless ?version=N)",
        params: ScenarioParamsSchema,
        querystring: VersionQuerySchema,
        response: { 200: StoredScenarioSchema, ...errors },
      },
    },
    async (request, reply) => {
      const {
        scenario,
        source: _source,
        ...version
      } = await store.getVersion(request.params.id, request.query.version);
      reply.header("etag", `"${version.version}"`);
      return { id: request.params.id, version, scenario };
    },
  );

  r.get(
    "/api/scenarios/:id/versions",
    {
      schema: {
        tags,
        summary: "List versions, newest first",
        params: ScenarioParamsSchema,
        response: { 200: z.object({ versions: z.array(VersionMetaSchema) }), ...errors },
      },
    },
    async (request) => ({ versions: await store.listVersions(request.params.id) }),
  );

  r.post(
    "/api/scenarios/:id/versions",
    {
      config: { scenarioBody: true },
      schema: {
        tags,
        summary: "Save a new version based on the version in If-Match",
        ...scenarioBodyDoc,
        description: `${scenarioBodyDoc.description} Header \`If-Match: "N"\` (required) names the version the edit was based on; when it is not the latest, the answer is 409 with \`current\`, the latest VersionMeta.`,
        params: ScenarioParamsSchema,
        response: {
          201: SavedSchema,
          409: ErrorBodySchema,
          413: ErrorBodySchema,
          422: ErrorBodySchema,
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const basedOn = ifMatch(request);
      const { scenario, text } = readScenario(request, limits);
      const { author, message } = saveHeaders(request, "");
      const version = await store.saveVersion(request.params.id, basedOn, {
        scenario,
        source: text,
        author,
        message,
      });
      reply.code(201).header("etag", `"${version.version}"`);
      return { id: request.params.id, version };
    },
  );

  r.post(
    "/api/scenarios/:id/fork",
    {
      schema: {
        tags,
        summary: "Fork a scenario version into a new scenario",
        params: ScenarioParamsSchema,
        body: z
          .object({
            id: IdSchema.optional(),
            message: z.string().max(2000).optional(),
            version: z.number().int().positive().optional(),
          })
          .strict()
          .optional(),
        response: { 201: SavedSchema, 409: ErrorBodySchema, ...errors },
      },
    },
    async (request, reply) => {
      const body = request.body ?? {};
      const { author } = saveHeaders(request, "");
      const forked = await store.fork(request.params.id, {
        ...(body.id !== undefined ? { newId: body.id } : {}),
        ...(body.version !== undefined ? { version: body.version } : {}),
        author,
        message: body.message ?? `fork of ${request.params.id}`,
      });
      reply.code(201).header("location", `/api/scenarios/${forked.id}`);
      return forked;
    },
  );

  r.get(
    "/api/scenarios/:id/diff",
    {
      schema: {
        tags,
        summary: "Path-level diff between two versions (default: the latest against its parent)",
        params: ScenarioParamsSchema,
        querystring: z.object({
          from: z.coerce.number().int().positive().optional(),
          to: z.coerce.number().int().positive().optional(),
        }),
        response: { 200: DiffSchema, ...errors },
      },
    },
    async (request) => {
      const { id } = request.params;
      const to = request.query.to ?? (await store.getScenario(id)).latestVersion;
      const from = request.query.from ?? Math.max(1, to - 1);
      const [a, b] = await Promise.all([store.getVersion(id, from), store.getVersion(id, to)]);
      return { from, to, changes: diffScenarios(a.scenario, b.scenario) };
    },
  );

  r.get(
    "/api/scenarios/:id/runs",
    {
      schema: {
        tags,
        summary: "Runs recorded against a scenario, newest first",
        params: ScenarioParamsSchema,
        response: { 200: z.object({ runs: z.array(RunRecordSchema) }), ...errors },
      },
    },
    async (request) => {
      await store.getScenario(request.params.id);
      return { runs: await store.listRuns(request.params.id) };
    },
  );
}
