/**
 * Scenario request bodies: YAML or JSON text, read with the model's loader under the server's limits.
 * @module
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { EngineError } from "../errors.js";
import { parseScenarioText, type Scenario } from "../model/index.js";

/** Content types accepted as scenario text. */
export const SCENARIO_CONTENT_TYPES = [
  "application/yaml",
  "application/x-yaml",
  "text/yaml",
  "text/x-yaml",
  "text/plain",
] as const;

/** Limits applied to scenario text. */
export interface ScenarioLimits {
  /** Largest scenario text in bytes. */
  scenarioBytes: number;
  /** Largest number of YAML alias expansions. */
  maxAliasCount: number;
}

/**
 * Registers the body parsers: YAML types as text; JSON as text on routes marked `config: {scenarioBody:
 * true}` (so the loader reports positions in the original text) and parsed everywhere else.
 */
export function registerScenarioParsers(app: FastifyInstance): void {
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "string" }, (request, body, done) => {
    const text = String(body);
    if (isScenarioRoute(request)) return done(null, text);
    if (text.trim() === "") return done(null, undefined);
    try {
      done(null, JSON.parse(text));
    } catch {
      done(new EngineError("parse_error", "invalid JSON body"), undefined);
    }
  });
  app.addContentTypeParser([...SCENARIO_CONTENT_TYPES], { parseAs: "string" }, (_request, body, done) =>
    done(null, String(body)),
  );
}

function isScenarioRoute(request: FastifyRequest): boolean {
  return (request.routeOptions.config as { scenarioBody?: boolean } | undefined)?.scenarioBody === true;
}

/** The scenario text of a request; an empty or non-text body is an `invalid_argument`. */
export function scenarioText(request: FastifyRequest): string {
  const body = request.body;
  if (typeof body !== "string" || body.trim() === "") {
    throw new EngineError(
      "invalid_argument",
      "missing scenario: send it as YAML (Content-Type: application/yaml) or JSON (application/json)",
    );
  }
  return body;
}

/**
 * Reads the request's scenario. Throws `input_too_large` over the byte limit, and `scenario_invalid` with
 * `details.diagnostics` (paths, lines, columns) when the text does not load.
 */
export function readScenario(
  request: FastifyRequest,
  limits: ScenarioLimits,
): { scenario: Scenario; text: string } {
  const text = scenarioText(request);
  const { scenario, diagnostics } = parseScenarioText(text, {
    maxBytes: limits.scenarioBytes,
    maxAliasCount: limits.maxAliasCount,
  });
  if (scenario) return { scenario, text };
  const tooLarge = diagnostics.find((d) => d.code === "input_too_large");
  if (tooLarge) throw new EngineError("input_too_large", tooLarge.message);
  const errors = diagnostics.filter((d) => d.severity === "error");
  throw new EngineError(
    "scenario_invalid",
    `invalid scenario: ${errors.length} error${errors.length === 1 ? "" : "s"}; first: ${errors[0]?.message ?? "unknown"}`,
    { details: { diagnostics } },
  );
}
