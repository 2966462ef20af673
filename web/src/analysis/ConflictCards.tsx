import type { Conflict } from "../api/types";
import { groupPositions, type Names, positionTemplate } from "./names";

/** Conflicts between the same positions, applied to different regions, shown as one card. */
interface ConflictGroup {
  key: string;
  conflicts: Conflict[];
  territories: string[];
}

/** Groups conflicts whose positions are the same red lines of the same parties. */
export function groupConflicts(conflicts: readonly Conflict[], names: Names): ConflictGroup[] {
  const groups = new Map<string, ConflictGroup>();
  for (const conflict of conflicts) {
    const key = conflict.constraints
      .map((c) => `${c.party}:${c.kind}:${positionTemplate(c, names)}`)
      .sort()
      .join("|");
    let group = groups.get(key);
    if (group === undefined) {
      group = { key, conflicts: [], territories: [] };
      groups.set(key, group);
    }
    group.conflicts.push(conflict);
    for (const t of conflict.territories) if (!group.territories.includes(t)) group.territories.push(t);
  }
  return [...groups.values()];
}

/**
 * Each conflict of positions as a card ("Russia: … ⟂ Ukraine: …"); conflicts between the same positions in
 * several regions share a card. Pointing at or focusing a card highlights its regions on the map; the region
 * buttons select a region.
 */
export function ConflictCards(props: {
  conflicts: Conflict[];
  names: Names;
  onHighlight: (territories: string[]) => void;
  onSelectTerritory: (id: string) => void;
}) {
  const { conflicts, names, onHighlight, onSelectTerritory } = props;
  if (conflicts.length === 0) return <p className="empty">No conflicting positions.</p>;
  return (
    <ol className="conflict-cards">
      {groupConflicts(conflicts, names).map((group) => {
        const positions = groupPositions(
          group.conflicts.flatMap((c) => c.constraints),
          names,
        );
        const single = group.conflicts.length === 1 ? group.conflicts[0] : undefined;
        return (
          <li
            key={group.key}
            className="conflict-card"
            data-conflicts={group.conflicts.length}
            onMouseEnter={() => onHighlight(group.territories)}
            onMouseLeave={() => onHighlight([])}
            onFocus={() => onHighlight(group.territories)}
            onBlur={() => onHighlight([])}
          >
            <p className="conflict-positions">
              {positions.map((p, i) => (
                <span key={`${p.party}:${p.text}`}>
                  {i > 0 && <span className="perp"> ⟂ </span>}
                  <strong>{names.party(p.party)}:</strong> {p.text}
                </span>
              ))}
            </p>
            {/* The engine's explanation restates the positions ("A ⟂ B"); show it only when it adds something. */}
            {single && !single.explanation.includes("⟂") && (
              <p className="conflict-explanation">{single.explanation}</p>
            )}
            {group.territories.length > 0 && (
              <p className="conflict-regions">
                {group.conflicts.length > 1
                  ? `${group.conflicts.length} conflicts, one per region: `
                  : "Region: "}
                {group.territories.map((t) => (
                  <button key={t} type="button" className="chip" onClick={() => onSelectTerritory(t)}>
                    {names.territory(t)}
                  </button>
                ))}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
