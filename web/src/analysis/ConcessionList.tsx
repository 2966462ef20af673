import type { Concession } from "../api/types";
import { formatUtility, type Names, positionText } from "./names";

/** The smallest sets of positions whose relaxation opens a zone of agreement, cheapest first. */
export function ConcessionList(props: {
  concessions: Concession[];
  unilateral: Record<string, Concession | null>;
  names: Names;
  onHighlight: (territories: string[]) => void;
  /** Applies concession `rank` to the what-if draft; absent when editing is not possible. */
  onTry: ((rank: number) => void) | undefined;
}) {
  const { concessions, unilateral, names, onHighlight, onTry } = props;
  if (concessions.length === 0)
    return <p className="empty">No set of relaxed positions was found that opens a zone of agreement.</p>;
  return (
    <>
      <ol className="concessions">
        {concessions.map((c) => (
          <li
            key={c.moves.map((m) => m.id).join("|")}
            onMouseEnter={() => onHighlight(c.territories)}
            onMouseLeave={() => onHighlight([])}
          >
            <p>
              Relax {c.size} position{c.size === 1 ? "" : "s"} (cost {c.cost}):
            </p>
            <ul>
              {c.moves.map((m) => (
                <li key={m.id}>
                  <strong>{names.party(m.party)}:</strong> {positionText(m, names)}
                </li>
              ))}
            </ul>
            {c.opens.best && (
              <p className="fact-meta">
                Opens a zone of agreement; its Nash-best utilities:{" "}
                {Object.entries(c.opens.best)
                  .map(([p, u]) => `${names.party(p)} ${formatUtility(u)}`)
                  .join(", ")}
                .
              </p>
            )}
            {onTry && (
              <button type="button" onClick={() => onTry(c.rank)}>
                Try this concession in the what-if editor
              </button>
            )}
          </li>
        ))}
      </ol>
      <h4>What each party could concede alone</h4>
      <ul className="unilateral">
        {Object.entries(unilateral).map(([party, c]) => (
          <li key={party}>
            <strong>{names.party(party)}:</strong>{" "}
            {c === null
              ? "no concession by this party alone opens a zone of agreement"
              : `${c.moves.map((m) => positionText(m, names)).join("; ")} (cost ${c.cost})`}
          </li>
        ))}
      </ul>
    </>
  );
}
