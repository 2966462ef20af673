import type { Territory } from "../model/index.js";

/**
 * Shares (0–1) of a territory held by each party on `date`: the last control snapshot on or before the date,
 * with the unlisted remainder held by the territory's `holder`. Without a snapshot, the holder holds it all;
 * without a holder, the unlisted remainder is reported under the key `""` (unknown).
 */
export function controlAt(territory: Territory, date: string): Record<string, number> {
  let snapshot: Territory["control"] extends (infer S)[] | undefined ? S | undefined : never;
  for (const s of territory.control ?? []) if (s.date <= date) snapshot = s;
  const shares: Record<string, number> = {};
  let listed = 0;
  for (const [party, percent] of Object.entries(snapshot?.shares ?? {})) {
    shares[party] = percent / 100;
    listed += percent / 100;
  }
  const rest = Math.max(0, 1 - listed);
  if (rest > 0) {
    const key = territory.holder ?? "";
    shares[key] = (shares[key] ?? 0) + rest;
  }
  return shares;
}
