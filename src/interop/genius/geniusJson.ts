import { z } from "zod";
import { EngineError } from "../../errors.js";
import type { GeniusImport } from "./geniusTypes.js";
import { parseJson } from "./parseGeniusWeb.js";

const num = z.number().refine(Number.isFinite, "finite number expected");
const IssueSchema = z.object({
  name: z.string(),
  index: num,
  kind: z.enum(["discrete", "integer", "real", "number"]),
  values: z.array(z.string()).min(1),
  numbers: z.array(num).optional(),
  lower: num.optional(),
  upper: num.optional(),
});
const EvaluatorSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("discrete"), evaluations: z.array(num) }),
  z.object({ kind: z.literal("integer"), slope: num, offset: num }),
  z.object({
    kind: z.literal("real"),
    ftype: z.enum(["linear", "constant", "triangular"]),
    parameters: z.array(num),
  }),
  z.object({ kind: z.literal("table"), utilities: z.array(num) }),
  z.object({
    kind: z.literal("numberLinear"),
    lowValue: num,
    lowUtility: num,
    highValue: num,
    highUtility: num,
  }),
]);
const ProfileSchema = z.object({
  name: z.string(),
  file: z.string().optional(),
  source: z.enum(["genius", "geniusweb"]),
  weights: z.array(num),
  evaluators: z.array(EvaluatorSchema),
  reservation: num,
  reservationBid: z.record(z.string(), z.string()).optional(),
  discount: num,
  rawDiscount: num.optional(),
  type: z.string().optional(),
});
/** The schema of the lossless JSON export of an imported GENIUS / GeniusWeb domain. */
export const GeniusJsonSchema = z.object({
  format: z.literal("impasse-genius"),
  version: z.literal(1),
  domain: z.object({ name: z.string(), issues: z.array(IssueSchema).min(1) }),
  profiles: z.array(ProfileSchema).min(1),
});

/**
 * The lossless JSON form of an imported domain: `{format: "impasse-genius", version: 1, domain, profiles}`
 * with the raw values the files gave (evaluations, weights, evaluator parameters, reservation and discount
 * as written), so {@link parseGeniusJson} gives back an equal {@link GeniusImport} (without diagnostics)
 * and the same utilities. `impasse pareto FILE.json` reads it.
 * @example
 * ```ts
 * const text = JSON.stringify(exportGeniusJson(imported), null, 2);
 * ```
 */
export function exportGeniusJson(imported: GeniusImport): z.infer<typeof GeniusJsonSchema> {
  return {
    format: "impasse-genius",
    version: 1,
    domain: structuredClone(imported.domain),
    profiles: structuredClone(imported.profiles),
  };
}

/** Reads the JSON written by {@link exportGeniusJson}; `parse_error` names the file and the path. */
export function parseGeniusJson(text: string, options: { file?: string } = {}): GeniusImport {
  const file = options.file ?? "domain.json";
  const parsed = GeniusJsonSchema.safeParse(parseJson(text, file));
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    throw new EngineError("parse_error", `${file}: ${first.path.join(".") || "root"}: ${first.message}`);
  }
  const { domain, profiles } = parsed.data;
  const n = domain.issues.length;
  profiles.forEach((p, i) => {
    if (p.weights.length !== n || p.evaluators.length !== n) {
      throw new EngineError("parse_error", `${file}: profiles.${i}: ${n} weights and evaluators expected`);
    }
  });
  return { domain, profiles, diagnostics: [] };
}
