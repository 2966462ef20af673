import { EngineError } from "../errors.js";
import type { SpatialProblem } from "./spatialProblem.js";

/** Splits one CSV line on commas, honouring double quotes; fields are trimmed. */
function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let k = 0; k < line.length; k++) {
    const ch = line[k]!;
    if (ch === '"') {
      if (quoted && line[k + 1] === '"') {
        cur += '"';
        k++;
      } else quoted = !quoted;
    } else if (ch === "," && !quoted) {
      out.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  out.push(cur.trim());
  return out;
}

/**
 * Reads KTAB's SMP CSV format (`examples/smp/doc/*.csv`): line 1 `name,description,nActors,nDims,`, line 2 a
 * header `Actor,Description,Power,Pos1,Sal1,…`, then one row per actor `name,desc,capability,pos,sal,…`
 * with positions and saliences on 0–100 and each actor's total salience ≤ 100 (checks as in KTAB's
 * `SMPModel::csvRead`). Dimensions get the scale 0–100; saliences are divided by 100.
 * Throws EngineError("parse_error") naming `file` and the line on malformed input.
 */
export function readKtabCsv(text: string, file = "<input>"): SpatialProblem {
  const lines = text
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/)
    .map((l, k) => ({ text: l, line: k + 1 }))
    .filter((l) => l.text.trim() !== "");
  const fail = (line: number, message: string): never => {
    throw new EngineError("parse_error", `${file}:${line}: ${message}`);
  };
  const head = lines[0];
  if (!head) return fail(1, "empty KTAB CSV");
  const h = splitCsvLine(head.text);
  const numActor = Number(h[2]);
  const numDim = Number(h[3]);
  if (!Number.isInteger(numActor) || numActor < 2) fail(head.line, `invalid number of actors: ${h[2]}`);
  if (!Number.isInteger(numDim) || numDim < 1) fail(head.line, `invalid number of dimensions: ${h[3]}`);
  const header = lines[1];
  if (!header) return fail(head.line + 1, "missing header line");
  const hd = splitCsvLine(header.text);
  const dimensions = Array.from({ length: numDim }, (_, d) => {
    const name = hd[3 + 2 * d] || `Dim${d + 1}`;
    return {
      id: name.replace(/[^A-Za-z0-9_.-]+/g, "-").replace(/^-+|-+$/g, "") || `d${d + 1}`,
      name,
      min: 0,
      max: 100,
    };
  });
  const rows = lines.slice(2);
  if (rows.length < numActor)
    fail(rows.at(-1)?.line ?? header.line, `expected ${numActor} actors, found ${rows.length}`);
  const actors = rows.slice(0, numActor).map((r) => {
    const f = splitCsvLine(r.text);
    const name = f[0] ?? "";
    if (name === "") fail(r.line, "empty actor name");
    const cap = Number(f[2]);
    if (!(Number.isFinite(cap) && cap > 0)) fail(r.line, `invalid capability: ${f[2]}`);
    const position: number[] = [];
    const salience: number[] = [];
    let total = 0;
    for (let d = 0; d < numDim; d++) {
      const x = Number(f[3 + 2 * d]);
      const s = Number(f[4 + 2 * d]);
      if (f[3 + 2 * d] === undefined || f[3 + 2 * d] === "" || !(x >= 0 && x <= 100)) {
        fail(r.line, `invalid position on dimension ${d + 1}: ${f[3 + 2 * d]}`);
      }
      if (f[4 + 2 * d] === undefined || f[4 + 2 * d] === "" || !(s >= 0 && s <= 100)) {
        fail(r.line, `invalid salience on dimension ${d + 1}: ${f[4 + 2 * d]}`);
      }
      total += s;
      if (total > 100) fail(r.line, `invalid total salience: ${total}`);
      position.push(x);
      salience.push(s / 100);
    }
    return { id: name, name: f[1] || name, capability: cap, position, salience };
  });
  return { name: h[0] ?? "", description: h[1] ?? "", dimensions, actors };
}
