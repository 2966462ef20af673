import type { Conflict } from "../api/types";
import { type Names, positionText } from "./names";

/**
 * Each conflict as a card ("Russia: … ⟂ Ukraine: …"). Pointing at or focusing a card highlights its regions on
 * the map; the region buttons select a region.
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
      {conflicts.map((conflict) => {
        const key = conflict.constraints.map((c) => c.id).join("|");
        return (
          <li
            key={key}
            className="conflict-card"
            onMouseEnter={() => onHighlight(conflict.territories)}
            onMouseLeave={() => onHighlight([])}
            onFocus={() => onHighlight(conflict.territories)}
            onBlur={() => onHighlight([])}
          >
            <p className="conflict-positions">
              {conflict.constraints.map((c, i) => (
                <span key={c.id}>
                  {i > 0 && <span className="perp"> ⟂ </span>}
                  <strong>{names.party(c.party)}:</strong> {positionText(c, names)}
                </span>
              ))}
            </p>
            {conflict.explanation !== composed(conflict, names) && (
              <p className="conflict-explanation">{conflict.explanation}</p>
            )}
            {conflict.territories.length > 0 && (
              <p className="conflict-regions">
                Regions:{" "}
                {conflict.territories.map((t) => (
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

/** The card's own sentence, to avoid repeating an explanation that says the same. */
function composed(conflict: Conflict, names: Names): string {
  return conflict.constraints.map((c) => `${names.party(c.party)}: ${positionText(c, names)}`).join(" ⟂ ");
}
