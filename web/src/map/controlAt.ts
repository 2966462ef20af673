import type { ControlSnapshot, Territory } from "../api/types";

/** Who holds how much of a territory at a date, from its latest control snapshot on or before that date. */
export interface ControlAt {
  /** The snapshot used; undefined when the territory has no snapshot at all and its holder holds it whole. */
  snapshot: ControlSnapshot | undefined;
  /** party id → percent held, including the territory's `holder` (the remainder). */
  shares: Record<string, number>;
  /** The listed party with the largest share (not the holder), if any holds more than 0%. */
  leading: { party: string; share: number } | undefined;
}

/**
 * The control of `territory` at `date` (YYYY-MM-DD), or undefined when no snapshot is dated on or before it.
 * A territory without any snapshot is held whole by its `holder` (undefined when it has none either).
 */
export function controlAt(territory: Territory, date: string): ControlAt | undefined {
  if ((territory.control ?? []).length === 0) {
    if (territory.holder === undefined) return undefined;
    return { snapshot: undefined, shares: { [territory.holder]: 100 }, leading: undefined };
  }
  let snapshot: ControlSnapshot | undefined;
  for (const s of territory.control ?? []) {
    if (s.date <= date && (snapshot === undefined || s.date >= snapshot.date)) snapshot = s;
  }
  if (snapshot === undefined) return undefined;
  const shares: Record<string, number> = { ...snapshot.shares };
  const listed = Object.values(snapshot.shares).reduce((sum, v) => sum + v, 0);
  if (territory.holder !== undefined && !(territory.holder in shares)) {
    shares[territory.holder] = Math.max(0, 100 - listed);
  }
  let leading: ControlAt["leading"];
  for (const [party, share] of Object.entries(snapshot.shares)) {
    if (party === territory.holder || share <= 0) continue;
    if (leading === undefined || share > leading.share) leading = { party, share };
  }
  return { snapshot, shares, leading };
}
