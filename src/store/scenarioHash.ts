/**
 * The content hash of a scenario version.
 * @module
 */
import { createHash } from "node:crypto";

/**
 * sha256 (hex) of `value` serialised as canonical JSON: object keys sorted, no whitespace, `undefined`
 * members dropped. Two scenarios with the same content have the same hash whatever their key order.
 * @example scenarioHash({b: 1, a: 2}) === scenarioHash({a: 2, b: 1}) // true
 */
export function scenarioHash(value: unknown): string {
  return createHash("sha256").update(canonicalJson(value)).digest("hex");
}

/** JSON with sorted object keys, so equal content serialises identically. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== "object" || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}
