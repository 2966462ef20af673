import { XMLParser } from "fast-xml-parser";
import { EngineError } from "../errors.js";
import type { SpatialProblem } from "./spatialProblem.js";

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/**
 * Reads KTAB's SMP XML scenario (`smpSchema.xsd`): `Scenario` with `name`, `desc`, optional
 * `ModelParameters` (kept as `settings`, KEY=VALUE, e.g. `VotingRule=Prop`), `Dimensions/dName`,
 * `Actors/Actor` (`name`, `description`, `capability`, `Position/dCoord`, `Salience/dSal`, all 0–100) and
 * the optional `IdealAdjustment/iaPair` (`adjustingIdeal`, `referencePos`, `adjust`) accommodation matrix
 * (identity when absent). Positions and saliences are divided by 100 as KTAB does. Note: KTAB's own
 * `xmlRead` reads `ModelParameters` but then rebuilds the model with defaults; here they are returned and
 * applied by the CLI. Throws EngineError("parse_error") naming `file` on malformed input.
 */
export function readKtabXml(text: string, file = "<input>"): SpatialProblem {
  const fail = (msg: string): never => {
    throw new EngineError("parse_error", `${file}: ${msg}`);
  };
  let doc: Record<string, unknown>;
  try {
    doc = new XMLParser({ parseTagValue: false, trimValues: true }).parse(text) as Record<string, unknown>;
  } catch (error) {
    return fail(`invalid XML: ${(error as Error).message}`);
  }
  const sc = doc.Scenario as Record<string, unknown> | undefined;
  if (!sc) return fail("missing <Scenario>");
  const dNames = asArray((sc.Dimensions as Record<string, unknown> | undefined)?.dName).map(String);
  if (dNames.length === 0) fail("no <Dimensions><dName>");
  const actorsEl = asArray((sc.Actors as Record<string, unknown> | undefined)?.Actor) as Record<
    string,
    unknown
  >[];
  if (actorsEl.length < 2) fail(`${actorsEl.length} actors (need 2 or more)`);
  const num = (v: unknown, what: string): number => {
    const x = Number(v);
    if (v === undefined || String(v).trim() === "" || !Number.isFinite(x))
      fail(`invalid ${what}: ${String(v ?? "")}`);
    return x;
  };
  const actors = actorsEl.map((a, i) => {
    const name = String(a.name ?? "").trim() || fail(`actor ${i + 1} without <name>`);
    const pos = asArray((a.Position as Record<string, unknown> | undefined)?.dCoord);
    const sal = asArray((a.Salience as Record<string, unknown> | undefined)?.dSal);
    if (pos.length !== dNames.length || sal.length !== dNames.length) {
      fail(`actor ${name}: expected ${dNames.length} dCoord and dSal values`);
    }
    const capability = num(a.capability, `capability of ${name}`);
    if (!(capability > 0)) fail(`invalid capability of ${name}: ${capability}`);
    return {
      id: name,
      name: String(a.description ?? name),
      capability,
      position: pos.map((v, d) => num(v, `position of ${name} on dimension ${d + 1}`)),
      salience: sal.map((v, d) => num(v, `salience of ${name} on dimension ${d + 1}`) / 100),
    };
  });
  const ids = actors.map((a) => a.id);
  let accommodation: number[][] | undefined;
  const pairs = asArray((sc.IdealAdjustment as Record<string, unknown> | undefined)?.iaPair) as Record<
    string,
    unknown
  >[];
  if (pairs.length > 0) {
    accommodation = ids.map((_, i) => ids.map((_, j) => (i === j ? 1 : 0)));
    for (const p of pairs) {
      const i = ids.indexOf(String(p.adjustingIdeal));
      const j = ids.indexOf(String(p.referencePos));
      if (i < 0) fail(`unknown actor in iaPair: ${String(p.adjustingIdeal)}`);
      if (j < 0) fail(`unknown actor in iaPair: ${String(p.referencePos)}`);
      accommodation[i]![j] = num(p.adjust, "adjust");
    }
  }
  const params = sc.ModelParameters as Record<string, unknown> | undefined;
  const settings = params
    ? Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]))
    : undefined;
  return {
    name: String(sc.name ?? file),
    description: String(sc.desc ?? ""),
    dimensions: dNames.map((n, d) => ({
      id: n.replace(/[^A-Za-z0-9_.-]+/g, "-") || `d${d + 1}`,
      name: n,
      min: 0,
      max: 100,
    })),
    actors,
    ...(accommodation ? { accommodation } : {}),
    ...(settings ? { settings } : {}),
  };
}
