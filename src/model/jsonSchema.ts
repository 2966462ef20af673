import { z } from "zod";
import { ScenarioSchema } from "./scenarioSchema.js";

/** The JSON Schema (draft 2020-12) of scenario files, generated from {@link ScenarioSchema}. */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ScenarioSchema, { io: "input", unrepresentable: "any" }) as Record<
    string,
    unknown
  >;
  return {
    ...schema,
    $id: "https://impasse.dev/schema/scenario.schema.json",
    title: "Impasse scenario",
    description:
      "A negotiation scenario: parties, territories, issues, preferences, proposals, events, sources.",
  };
}
