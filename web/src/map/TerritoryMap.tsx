import { geoMercator, geoPath } from "d3-geo";
import { useMemo, useState } from "react";
import type { Scenario, Territory } from "../api/types";
import { claimLevel } from "./activeClaims";
import type { BundledMap } from "./bundledMaps";
import { controlAt } from "./controlAt";
import { describeTerritory } from "./describeTerritory";
import { MapLegend } from "./MapLegend";
import { tint } from "./partyColors";

const WIDTH = 800;
const HEIGHT = 540;

/** Props of {@link TerritoryMap}. */
export interface TerritoryMapProps {
  scenario: Scenario;
  map: BundledMap;
  date: string;
  colors: Record<string, string>;
  selected: string | undefined;
  onSelect: (territoryId: string) => void;
  /** Territories to emphasise (e.g. those of the conflict card under the pointer). */
  highlighted: ReadonlySet<string>;
  /** Territories that take part in at least one conflict (marked ⟂). */
  inConflict: ReadonlySet<string>;
}

/**
 * The SVG map: one path per feature, filled by the leading non-holder party's control share at `date`, outlined
 * by claim basis (solid: formal; dashed: rhetorical or threat). Paths are focusable buttons.
 */
export function TerritoryMap(props: TerritoryMapProps) {
  const { scenario, map, date, colors, selected, onSelect, highlighted, inConflict } = props;
  const [hovered, setHovered] = useState<string | undefined>();
  const territories = useMemo(() => new Map(scenario.territories.map((t) => [t.id, t])), [scenario]);
  const { paths, centroids } = useMemo(() => {
    const projection = geoMercator().fitSize([WIDTH, HEIGHT], {
      type: "FeatureCollection",
      features: map.features,
    });
    const path = geoPath(projection);
    return {
      paths: new Map(map.features.map((f) => [f.id, path(f) ?? ""])),
      centroids: new Map(map.features.map((f) => [f.id, path.centroid(f)])),
    };
  }, [map]);

  const rows = map.features.map((f) => {
    const territory = territories.get(f.id);
    const control = territory ? controlAt(territory, date) : undefined;
    const claim = territory ? claimLevel(territory, date) : "none";
    const share = control?.leading?.share ?? 0;
    const fill =
      territory === undefined
        ? "#e3e3e3"
        : control === undefined
          ? "#d9d4c7"
          : control.leading
            ? tint(colors[control.leading.party] ?? "#666666", 0.12 + 0.88 * (share / 100))
            : tint("#ffffff", 0);
    return { feature: f, territory, control, claim, share, fill };
  });
  // Outlines are drawn in a separate layer above the fills, in a fixed order (claims, then conflict highlight,
  // then selection and pointer focus), so that the interactive paths never move in the DOM.
  const outlines: { id: string; kind: string }[] = [
    ...rows.filter((r) => r.claim !== "none").map((r) => ({ id: r.feature.id, kind: `claim-${r.claim}` })),
    ...[...highlighted].filter((id) => paths.has(id)).map((id) => ({ id, kind: "highlighted" })),
    ...(selected && paths.has(selected) ? [{ id: selected, kind: "selected" }] : []),
    ...(hovered && hovered !== selected && paths.has(hovered) ? [{ id: hovered, kind: "hovered" }] : []),
  ];

  const focus = hovered ?? selected;
  const focusTerritory = focus ? territories.get(focus) : undefined;
  return (
    <figure className="territory-map">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-label={`Map of ${scenario.title} at ${date}`}>
        {rows.map(({ feature, territory, control, claim, share, fill }) => {
          const id = feature.id;
          const label = territory
            ? describeTerritory(scenario, territory, date)
            : `${feature.properties.name} (not in the scenario)`;
          const classes = `territory claim-${claim}`;
          if (territory === undefined) {
            return (
              <path
                key={id}
                d={paths.get(id)}
                fill={fill}
                className={classes}
                data-territory={id}
                data-claim={claim}
              >
                <title>{label}</title>
              </path>
            );
          }
          return (
            // biome-ignore lint/a11y/useSemanticElements: an SVG path cannot be a <button>; it gets the button role and keys.
            <path
              key={id}
              d={paths.get(id)}
              fill={fill}
              className={classes}
              data-territory={id}
              data-share={control ? share : ""}
              data-claim={claim}
              tabIndex={0}
              role="button"
              aria-label={label}
              aria-pressed={id === selected}
              onMouseEnter={() => setHovered(id)}
              onMouseLeave={() => setHovered(undefined)}
              onFocus={() => setHovered(id)}
              onBlur={() => setHovered(undefined)}
              onClick={() => onSelect(id)}
              onKeyDown={(e) => {
                if (e.key === "Enter" || e.key === " ") {
                  e.preventDefault();
                  onSelect(id);
                }
              }}
            >
              <title>{label}</title>
            </path>
          );
        })}
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: decorative outlines; the focusable paths are above. */}
        <g className="outlines" aria-hidden="true">
          {outlines.map(({ id, kind }) => (
            <path key={`${kind}-${id}`} d={paths.get(id)} className={`outline ${kind}`} data-outline={id} />
          ))}
        </g>
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: a plain <g> of decorative markers is not focusable. */}
        <g aria-hidden="true">
          {[...inConflict].map((id) => {
            const c = centroids.get(id);
            if (!c || Number.isNaN(c[0])) return null;
            return (
              <text key={`x-${id}`} x={c[0]} y={c[1]} className="conflict-marker">
                ⟂
              </text>
            );
          })}
        </g>
      </svg>
      <figcaption>
        <p className="map-focus" aria-live="polite">
          {focusTerritory
            ? describeTerritory(scenario, focusTerritory, date)
            : "Point at or focus a region for its facts; click or press Enter for details and sources."}
        </p>
        <MapLegend
          scenario={scenario}
          colors={colors}
          date={date}
          territories={[...territories.values()] as Territory[]}
        />
        <p className="credit">{map.credit}. Boundaries are administrative; they imply no view on status.</p>
      </figcaption>
    </figure>
  );
}
