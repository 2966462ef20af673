import { EngineError } from "../errors.js";
import type { SpatialProblem } from "./spatialProblem.js";

/**
 * Reads Decide's input format (Stokman/van Oosten exchange model, `docs/inputfiles.md` of
 * decide-exchange-model): rows `#A id name` (actor), `#P id description` (issue), `#M issue value label`
 * (scale anchors; min and max give the range, default 0..100), `#D actor issue position salience power`
 * (salience and power on 0..1). Fields are separated by tabs (or `;`/`,` when a line has no tab); quotes
 * are stripped; other rows (`#O`, `#/`) are ignored. Decide's power is per actor and issue; it becomes
 * the actor's capability as its mean power over issues, and the per-issue values are kept in `power`
 * (used by the compromise and exchange models). Throws EngineError("parse_error")
 * with file and line on malformed rows or actors missing an issue.
 */
export function readDecideInput(text: string, file = "<input>"): SpatialProblem {
  const actors: { id: string; name: string }[] = [];
  const issues: { id: string; name: string; anchors: number[]; labels: Map<number, string> }[] = [];
  const data = new Map<string, { x: number; s: number; c: number }>();
  const fail = (line: number, msg: string): never => {
    throw new EngineError("parse_error", `${file}:${line}: ${msg}`);
  };
  text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    .forEach((raw, k) => {
      const line = k + 1;
      if (!raw.trim().startsWith("#")) return;
      const sep = raw.includes("\t") ? "\t" : raw.includes(";") ? ";" : ",";
      const f = raw.split(sep).map((v) => v.trim().replace(/^['"]|['"]$/g, ""));
      const tag = f[0]!.toUpperCase();
      if (tag === "#A") {
        if (!f[1]) fail(line, "actor row without id");
        actors.push({ id: f[1]!, name: f[2] || f[1]! });
      } else if (tag === "#P") {
        if (!f[1]) fail(line, "issue row without id");
        issues.push({ id: f[1]!, name: f[2] || f[1]!, anchors: [], labels: new Map() });
      } else if (tag === "#M") {
        const issue = issues.find((i) => i.id === f[1]) ?? fail(line, `unknown issue: ${f[1]}`);
        const v = Number(f[2]);
        if (!Number.isFinite(v)) fail(line, `invalid scale value: ${f[2]}`);
        issue.anchors.push(v);
        issue.labels.set(v, f[3] ?? "");
      } else if (tag === "#D") {
        if (!actors.some((a) => a.id === f[1])) fail(line, `unknown actor: ${f[1]}`);
        if (!issues.some((i) => i.id === f[2])) fail(line, `unknown issue: ${f[2]}`);
        const [x, s, c] = [Number(f[3]), Number(f[4]), Number(f[5])];
        if (!Number.isFinite(x)) fail(line, `invalid position: ${f[3]}`);
        if (!(s >= 0 && s <= 1)) fail(line, `invalid salience: ${f[4]}`);
        if (!(c > 0 && c <= 1)) fail(line, `invalid power: ${f[5]}`);
        data.set(`${f[1]}\u0000${f[2]}`, { x, s, c });
      }
    });
  if (actors.length < 2 || issues.length < 1) fail(1, "need at least 2 actors (#A) and 1 issue (#P)");
  const dimensions = issues.map((i) => {
    const min = i.anchors.length ? Math.min(...i.anchors) : 0;
    const max = i.anchors.length ? Math.max(...i.anchors) : 100;
    return { id: i.id, name: i.name, min, max, minLabel: i.labels.get(min), maxLabel: i.labels.get(max) };
  });
  const out = actors.map((a) => {
    const cells = issues.map(
      (i) => data.get(`${a.id}\u0000${i.id}`) ?? fail(1, `no #D row for ${a.id} on ${i.id}`),
    );
    return {
      id: a.id,
      name: a.name,
      capability: cells.reduce((s, c) => s + c.c, 0) / cells.length,
      position: cells.map((c, d) => Math.min(Math.max(c.x, dimensions[d]!.min), dimensions[d]!.max)),
      salience: cells.map((c) => c.s),
      power: cells.map((c) => c.c),
    };
  });
  return {
    name: file,
    dimensions: dimensions.map((d) => ({
      ...d,
      ...(d.minLabel === undefined ? {} : { minLabel: d.minLabel }),
      ...(d.maxLabel === undefined ? {} : { maxLabel: d.maxLabel }),
    })),
    actors: out,
  };
}
