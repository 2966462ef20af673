/** Golden-file helpers: round floats, compare with a committed JSON file, write `<name>-changed.json` on mismatch. */
import { existsSync, readFileSync, writeFileSync } from "node:fs";

/** Rounds every float to `digits` decimals so goldens do not depend on the last bits of floating point. */
export function roundFloats(value: unknown, digits = 6): unknown {
  if (typeof value === "number" && !Number.isInteger(value)) return Number(value.toFixed(digits));
  if (Array.isArray(value)) return value.map((v) => roundFloats(v, digits));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, roundFloats(v, digits)]));
  return value;
}

/**
 * Returns the committed golden value for `name` (under test/golden/output/). With UPDATE_GOLDEN=1 it (re)writes the
 * golden first. When the actual value differs, it also writes `<name>-changed.json` beside it for inspection.
 */
export function golden(name: string, actual: unknown): unknown {
  const file = new URL(`./output/${name}.json`, import.meta.url);
  const text = `${JSON.stringify(roundFloats(actual), null, 2)}\n`;
  if (process.env.UPDATE_GOLDEN === "1" || !existsSync(file)) writeFileSync(file, text);
  const expected = readFileSync(file, "utf8");
  if (expected !== text) writeFileSync(new URL(`./output/${name}-changed.json`, import.meta.url), text);
  return JSON.parse(expected);
}
