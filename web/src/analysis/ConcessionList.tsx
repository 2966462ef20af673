import { useState } from "react";
import type { Concession } from "../api/types";
import { formatUtility, groupPositions, groupText, type Names } from "./names";

const SHOWN = 3;

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
  const [all, setAll] = useState(false);
  if (concessions.length === 0)
    return <p className="empty">No set of relaxed positions was found that opens a zone of agreement.</p>;
  return (
    <>
      <ol className="concessions">
        {(all ? concessions : concessions.slice(0, SHOWN)).map((c) => (
          <li
            key={c.moves.map((m) => m.id).join("|")}
            onMouseEnter={() => onHighlight(c.territories)}
            onMouseLeave={() => onHighlight([])}
          >
            <p>
              Relax {c.size} position{c.size === 1 ? "" : "s"} (cost {c.cost}):
            </p>
            <ul>
              {groupPositions(c.moves, names).map((g) => (
                <li key={`${g.party}:${g.text}`}>
                  <strong>{names.party(g.party)}:</strong> {groupText(g, names)}
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
      {concessions.length > SHOWN && (
        <button type="button" className="link" onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? `Show the first ${SHOWN} only` : `Show all ${concessions.length} concession sets`}
        </button>
      )}
      <h4>What each party could concede alone</h4>
      <ul className="unilateral">
        {Object.entries(unilateral).map(([party, c]) => (
          <li key={party}>
            <strong>{names.party(party)}:</strong>{" "}
            {c === null
              ? "no concession by this party alone opens a zone of agreement"
              : `${groupPositions(c.moves, names)
                  .map((g) => groupText(g, names))
                  .join("; ")} (cost ${c.cost})`}
          </li>
        ))}
      </ul>
    </>
  );
}
