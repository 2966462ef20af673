import type { Scenario, Territory } from "../api/types";
import { controlAt } from "./controlAt";
import { tint } from "./partyColors";

/** Legend of the map: share gradients of the parties that hold ground at `date`, claim outlines, markers. */
export function MapLegend(props: {
  scenario: Scenario;
  colors: Record<string, string>;
  date: string;
  territories: Territory[];
}) {
  const { scenario, colors, date, territories } = props;
  const leading = new Set<string>();
  for (const t of territories) {
    const party = controlAt(t, date)?.leading?.party;
    if (party) leading.add(party);
  }
  return (
    <ul className="map-legend" aria-label="Map legend">
      {[...leading].map((party) => {
        const colour = colors[party] ?? "#666666";
        const name = scenario.parties.find((p) => p.id === party)?.name ?? party;
        return (
          <li key={party}>
            <span
              className="swatch gradient"
              style={{ background: `linear-gradient(to right, ${tint(colour, 0.12)}, ${tint(colour, 1)})` }}
            />
            share held by {name} (0–100%)
          </li>
        );
      })}
      <li>
        <span className="swatch" style={{ background: "#d9d4c7" }} /> no estimate at this date
      </li>
      <li>
        <span className="swatch outline formal" /> formal claim (constitution, annexation, formal demand)
      </li>
      <li>
        <span className="swatch outline rhetorical" /> rhetorical claim or threat
      </li>
      <li>
        <span className="marker">⟂</span> region in a conflict of positions
      </li>
    </ul>
  );
}
