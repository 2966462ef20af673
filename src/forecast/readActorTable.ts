import { EngineError } from "../errors.js";
import type { SpatialProblem } from "./spatialProblem.js";

/**
 * Reads the one-issue actor table the BDM replications ship (`Actor,Capability,Position,Salience`, one row
 * per actor; CR, LF or CRLF line ends). Saliences above 1 are read as percentages (÷100). The scale is the
 * range of the positions given, as in the replications (Δ = x_max − x_min), unless `scale` is passed.
 * Throws EngineError("parse_error") naming `file` and line on malformed rows.
 */
export function readActorTable(
  text: string,
  file = "<input>",
  scale?: { min: number; max: number },
): SpatialProblem {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const header = (lines[0] ?? "").split(",").map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  const [ia, ic, ip, is] = [col("actor"), col("capability"), col("position"), col("salience")];
  if (ia < 0 || ic < 0 || ip < 0 || is < 0) {
    throw new EngineError("parse_error", `${file}:1: expected header Actor,Capability,Position,Salience`);
  }
  const rows = lines
    .slice(1)
    .flatMap((l, k) => (l.trim() === "" ? [] : [{ f: l.split(",").map((v) => v.trim()), line: k + 2 }]));
  const raw = rows.map(({ f, line }) => {
    const [c, x, s] = [Number(f[ic]), Number(f[ip]), Number(f[is])];
    if (!f[ia]) throw new EngineError("parse_error", `${file}:${line}: empty actor name`);
    if (!(c > 0)) throw new EngineError("parse_error", `${file}:${line}: invalid capability: ${f[ic]}`);
    if (!Number.isFinite(x))
      throw new EngineError("parse_error", `${file}:${line}: invalid position: ${f[ip]}`);
    if (!(s >= 0 && s <= 100))
      throw new EngineError("parse_error", `${file}:${line}: invalid salience: ${f[is]}`);
    return { id: f[ia]!, c, x, s };
  });
  const percent = raw.some((r) => r.s > 1);
  const xs = raw.map((r) => r.x);
  const min = scale?.min ?? Math.min(...xs);
  const max = scale?.max ?? Math.max(...xs);
  return {
    name: file,
    dimensions: [{ id: "issue", name: "issue", min, max }],
    actors: raw.map((r) => ({
      id: r.id,
      name: r.id,
      capability: r.c,
      position: [r.x],
      salience: [percent ? r.s / 100 : r.s],
    })),
  };
}
