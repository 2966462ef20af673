/**
 * One line per proposed change of an ingest patch, in the reviewer's terms.
 * @module
 */
import type { PatchChange } from "../api/types";

/** A short description of `change`; `territoryName` names territory ids. */
export function describeChange(change: PatchChange, territoryName: (id: string) => string): string {
  switch (change.op) {
    case "addSource":
      return `New source “${change.source.title}”${change.source.date ? ` (${change.source.date})` : ""}`;
    case "addTerritory":
      return `New territory ${change.territory.name} (${change.territory.id})`;
    case "addClaim":
      return `Claim: ${change.claim.party} ${change.stance.replace(/_/g, " ")} ${territoryName(change.territory)} — basis ${change.claim.basis.replace(/_/g, " ")}${change.claim.scope ? `, ${change.claim.scope}` : ""}`;
    case "addControl":
      return `Control of ${territoryName(change.territory)} on ${change.snapshot.date}: ${Object.entries(
        change.snapshot.shares,
      )
        .map(([p, v]) => `${p} ${v}%`)
        .join(", ")}`;
    case "addEvent":
      return `Event ${change.event.date} ${change.event.kind}: ${change.event.title}`;
    case "addNote":
      return `Note: ${change.note}`;
  }
}
