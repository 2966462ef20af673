import type { Claim, Territory } from "../api/types";

/** Claim bases that rest on a legal act or a formal negotiating demand. */
export const FORMAL_BASES: ReadonlySet<Claim["basis"]> = new Set([
  "constitutional",
  "annexation",
  "formal_demand",
]);

/** How a territory is claimed at a date by parties other than its holder. */
export type ClaimLevel = "formal" | "rhetorical" | "none";

/** The claims on `territory` in force at `date` (`since` ≤ date ≤ `until`, open ends allowed). */
export function activeClaims(territory: Territory, date: string): Claim[] {
  return (territory.claims ?? []).filter(
    (c) => (c.since === undefined || c.since <= date) && (c.until === undefined || date <= c.until),
  );
}

/**
 * The strongest claim made at `date` on `territory` by a party other than its `holder`: `formal` for a
 * constitutional, annexation or formal-demand claim, `rhetorical` for a rhetorical claim or a threat.
 */
export function claimLevel(territory: Territory, date: string): ClaimLevel {
  let level: ClaimLevel = "none";
  for (const claim of activeClaims(territory, date)) {
    if (claim.party === territory.holder) continue;
    if (FORMAL_BASES.has(claim.basis)) return "formal";
    level = "rhetorical";
  }
  return level;
}
