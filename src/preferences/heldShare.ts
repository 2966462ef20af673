import type { Scenario } from "../model/index.js";
import { controlAt } from "./controlAt.js";

/**
 * Area-weighted share (0–1) of the selected territories that `holder` controls on `date`. Territories without
 * an area count with weight 1. Null when a selected territory has control snapshots but none on or before the
 * date (control then is unknown, not assumed).
 */
export function heldShare(
  scenario: Scenario,
  holder: string,
  territories: "*" | readonly string[],
  date: string,
): number | null {
  const selected =
    territories === "*"
      ? scenario.territories
      : scenario.territories.filter((t) => territories.includes(t.id));
  let held = 0;
  let total = 0;
  for (const t of selected) {
    if ((t.control ?? []).length > 0 && !(t.control ?? []).some((c) => c.date <= date)) return null;
    const area = t.areaKm2 ?? 1;
    held += area * (controlAt(t, date)[holder] ?? 0);
    total += area;
  }
  return total === 0 ? 0 : held / total;
}
