import type { Scenario, Territory } from "../api/types";
import { activeClaims, claimLevel } from "./activeClaims";
import { controlAt } from "./controlAt";
import { basisLabel, formatShare } from "./describeTerritory";

/** A table of territories at a date: the view for scenarios (or territories) without geometry. */
export function TerritoryList(props: {
  scenario: Scenario;
  territories: Territory[];
  date: string;
  caption: string;
  selected: string | undefined;
  onSelect: (id: string) => void;
  highlighted: ReadonlySet<string>;
}) {
  const { scenario, territories, date, caption, selected, onSelect, highlighted } = props;
  const partyName = (id: string) => scenario.parties.find((p) => p.id === id)?.name ?? id;
  return (
    <table className="territory-list">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Territory</th>
          <th scope="col">Held at {date}</th>
          <th scope="col">Claims in force</th>
        </tr>
      </thead>
      <tbody>
        {territories.map((t) => {
          const control = controlAt(t, date);
          const claims = activeClaims(t, date).filter((c) => c.party !== t.holder);
          return (
            <tr
              key={t.id}
              data-territory={t.id}
              data-claim={claimLevel(t, date)}
              className={[
                highlighted.has(t.id) ? "highlighted" : "",
                t.id === selected ? "selected" : "",
              ].join(" ")}
            >
              <th scope="row">
                <button
                  type="button"
                  className="link"
                  onClick={() => onSelect(t.id)}
                  aria-pressed={t.id === selected}
                >
                  {t.name}
                </button>
              </th>
              <td>
                {control === undefined
                  ? "no estimate"
                  : Object.entries(control.shares)
                      .filter(([, s]) => s > 0)
                      .map(([p, s]) => `${partyName(p)} ${formatShare(s)}`)
                      .join(", ") || "—"}
              </td>
              <td>
                {claims.length === 0
                  ? "—"
                  : claims.map((c) => `${partyName(c.party)}: ${basisLabel(c.basis)}`).join("; ")}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
