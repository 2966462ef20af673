/**
 * A readable, path-level diff of two scenario documents.
 * @module
 */
import { formatPath } from "../model/index.js";

/** One difference at one path. */
export interface ScenarioChange {
  /** Where, e.g. `parties[1].preferences.reservation.value` (indices are those of the newer document). */
  path: string;
  kind: "added" | "removed" | "changed";
  before?: unknown;
  after?: unknown;
}

/**
 * The differences between `before` and `after`, down to the deepest path that differs. Arrays whose items
 * all carry a unique string `id` are matched by id, so inserting a party reports one added party rather
 * than every later party as changed; other arrays are compared by position. A removed item's path uses its
 * index in `before`. Returns [] for equal documents.
 * @example diffScenarios({a: 1, b: [1]}, {a: 2, b: [1, 2]})
 * // → [{path: "a", kind: "changed", before: 1, after: 2}, {path: "b[1]", kind: "added", after: 2}]
 */
export function diffScenarios(before: unknown, after: unknown): ScenarioChange[] {
  const changes: ScenarioChange[] = [];
  walk(before, after, [], changes);
  return changes;
}

function walk(a: unknown, b: unknown, path: PropertyKey[], out: ScenarioChange[]): void {
  if (Array.isArray(a) && Array.isArray(b)) {
    walkArray(a, b, path, out);
    return;
  }
  if (isObject(a) && isObject(b)) {
    const keys = [...Object.keys(a), ...Object.keys(b).filter((k) => !(k in a))];
    for (const key of keys) {
      const inA = a[key] !== undefined;
      const inB = b[key] !== undefined;
      if (inA && !inB) out.push({ path: formatPath([...path, key]), kind: "removed", before: a[key] });
      else if (!inA && inB) out.push({ path: formatPath([...path, key]), kind: "added", after: b[key] });
      else if (inA && inB) walk(a[key], b[key], [...path, key], out);
    }
    return;
  }
  if (!Object.is(a, b)) out.push({ path: formatPath(path), kind: "changed", before: a, after: b });
}

function walkArray(a: unknown[], b: unknown[], path: PropertyKey[], out: ScenarioChange[]): void {
  const idsA = ids(a);
  const idsB = ids(b);
  if (!idsA || !idsB) {
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++) {
      if (i >= b.length) out.push({ path: formatPath([...path, i]), kind: "removed", before: a[i] });
      else if (i >= a.length) out.push({ path: formatPath([...path, i]), kind: "added", after: b[i] });
      else walk(a[i], b[i], [...path, i], out);
    }
    return;
  }
  const indexInB = new Map(idsB.map((id, i) => [id, i]));
  idsA.forEach((id, i) => {
    if (!indexInB.has(id)) out.push({ path: formatPath([...path, i]), kind: "removed", before: a[i] });
  });
  const indexInA = new Map(idsA.map((id, i) => [id, i]));
  idsB.forEach((id, j) => {
    const i = indexInA.get(id);
    if (i === undefined) out.push({ path: formatPath([...path, j]), kind: "added", after: b[j] });
    else walk(a[i], b[j], [...path, j], out);
  });
}

/** The items' ids when every item is an object with a unique string id; otherwise undefined. */
function ids(items: unknown[]): string[] | undefined {
  const out: string[] = [];
  for (const item of items) {
    if (!isObject(item) || typeof item.id !== "string") return undefined;
    out.push(item.id);
  }
  return new Set(out).size === out.length && out.length > 0 ? out : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
