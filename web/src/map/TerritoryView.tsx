import { useMemo } from "react";
import type { Scenario } from "../api/types";
import { mapForScenario } from "./bundledMaps";
import { TerritoryDetails } from "./TerritoryDetails";
import { TerritoryList } from "./TerritoryList";
import { TerritoryMap } from "./TerritoryMap";

/**
 * The territory view: the map when the scenario's territories have bundled geometry, a list otherwise; the
 * territories without geometry are listed under the map; the selected territory's details follow.
 */
export function TerritoryView(props: {
  scenario: Scenario;
  date: string;
  colors: Record<string, string>;
  selected: string | undefined;
  onSelect: (id: string | undefined) => void;
  highlighted: ReadonlySet<string>;
  inConflict: ReadonlySet<string>;
}) {
  const { scenario, date, colors, selected, onSelect, highlighted, inConflict } = props;
  const map = useMemo(() => mapForScenario(scenario), [scenario]);
  const featureIds = useMemo(() => new Set(map?.features.map((f) => f.id) ?? []), [map]);
  const withoutGeometry = scenario.territories.filter((t) => !featureIds.has(t.id));
  const territory = scenario.territories.find((t) => t.id === selected);
  return (
    <div className="territory-view">
      {map ? (
        <TerritoryMap
          scenario={scenario}
          map={map}
          date={date}
          colors={colors}
          selected={selected}
          onSelect={onSelect}
          highlighted={highlighted}
          inConflict={inConflict}
        />
      ) : scenario.territories.length === 0 ? (
        <p className="empty">This scenario has no territories; its issues are shown in the analysis.</p>
      ) : (
        <p className="empty">This scenario has no bundled map geometry; its territories are listed below.</p>
      )}
      {withoutGeometry.length > 0 && (
        <TerritoryList
          scenario={scenario}
          territories={withoutGeometry}
          date={date}
          caption={map ? "Territories without map geometry" : "Territories"}
          selected={selected}
          onSelect={onSelect}
          highlighted={highlighted}
        />
      )}
      {territory && (
        <TerritoryDetails
          scenario={scenario}
          territory={territory}
          date={date}
          onClose={() => onSelect(undefined)}
        />
      )}
    </div>
  );
}
