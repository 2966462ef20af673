import { parse as parseYaml } from "yaml";
import { EngineError } from "../errors.js";
import { ForecastInputSchema } from "../model/forecastInputSchema.js";
import { forecastProblem } from "./forecastProblem.js";
import { readActorTable } from "./readActorTable.js";
import { readDecideInput } from "./readDecideInput.js";
import { readKtabCsv } from "./readKtabCsv.js";
import { readKtabXml } from "./readKtabXml.js";
import type { SpatialProblem } from "./spatialProblem.js";

/** Which reader {@link readForecastText} used. */
export type ForecastFormat = "scenario" | "forecast" | "ktab-csv" | "ktab-xml" | "decide" | "actor-table";

/**
 * Reads forecast input of any supported kind from `text`, choosing by content (and the `file` name):
 * a scenario (YAML/JSON with a `forecast` key), a standalone forecast block (YAML/JSON), KTAB CSV or XML,
 * Decide's `#A/#P/#M/#D` format, or the BDM replications' `Actor,Capability,Position,Salience` table.
 * Invalid forecast blocks throw EngineError("scenario_invalid") with zod-shaped diagnostics.
 */
export function readForecastText(
  text: string,
  file = "<input>",
): { problem: SpatialProblem; format: ForecastFormat } {
  const head = text.replace(/^\uFEFF/, "").trimStart();
  const lower = file.toLowerCase();
  if (head.startsWith("<")) return { problem: readKtabXml(text, file), format: "ktab-xml" };
  if (/^#[APMDO/]\s/m.test(head) && /^#D[\t;,]/m.test(head))
    return { problem: readDecideInput(text, file), format: "decide" };
  const firstLine = head.split(/\r\n|\r|\n/, 1)[0] ?? "";
  if (/^actor\s*,\s*capability\s*,/i.test(firstLine))
    return { problem: readActorTable(text, file), format: "actor-table" };
  if (lower.endsWith(".csv")) return { problem: readKtabCsv(text, file), format: "ktab-csv" };
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (error) {
    throw new EngineError(
      "parse_error",
      `${file}: not YAML/JSON, KTAB CSV/XML or Decide input: ${(error as Error).message}`,
    );
  }
  const obj = typeof doc === "object" && doc !== null ? (doc as Record<string, unknown>) : null;
  const isScenario = obj !== null && ("forecast" in obj || "parties" in obj || "sources" in obj);
  const block = isScenario ? (doc as { forecast: unknown }).forecast : doc;
  if (isScenario && block == null)
    throw new EngineError("invalid_argument", `${file}: the scenario has no forecast block`);
  const parsed = ForecastInputSchema.safeParse(block);
  if (!parsed.success) {
    const prefix = isScenario ? "forecast." : "";
    const diagnostics = parsed.error.issues.map((i) => ({
      code: i.code,
      path:
        prefix +
        i.path
          .map((p) => (typeof p === "number" ? `[${p}]` : String(p)))
          .join(".")
          .replace(/\.\[/g, "["),
      message: i.message,
      severity: "error" as const,
      file,
    }));
    throw new EngineError("scenario_invalid", `${file}: invalid forecast block`, {
      details: { diagnostics },
    });
  }
  const title = isScenario ? ((doc as { title?: string }).title ?? parsed.data.title) : parsed.data.title;
  return {
    problem: forecastProblem(parsed.data, title ?? file),
    format: isScenario ? "scenario" : "forecast",
  };
}
