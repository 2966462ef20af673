import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { scenarioJsonSchema } from "./jsonSchema.js";

describe("scenarioJsonSchema()", () => {
  it("matches the committed schema/scenario.schema.json (run `npm run schema` after changing the model)", () => {
    const committed = JSON.parse(
      readFileSync(new URL("../../schema/scenario.schema.json", import.meta.url), "utf8"),
    );
    expect(committed).toEqual(scenarioJsonSchema());
  });

  it("describes parties, territories, red lines and proposals", () => {
    const schema = scenarioJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining([
        "parties",
        "territories",
        "dimensions",
        "issues",
        "proposals",
        "events",
        "sources",
      ]),
    );
    expect(schema.required).toEqual(expect.arrayContaining(["id", "title", "date", "sources", "parties"]));
  });
});
