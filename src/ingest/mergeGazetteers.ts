/**
 * Combining gazetteers: entries with the same id are merged (names, aliases, people and cities united);
 * the first gazetteer's id and name win.
 * @module
 */
import type { Gazetteer, GazetteerActor, GazetteerIssue, GazetteerTerritory } from "./gazetteer.js";

const union = (a: readonly string[] | undefined, b: readonly string[] | undefined) => [
  ...new Set([...(a ?? []), ...(b ?? [])]),
];

function mergeById<T extends { id: string }>(
  lists: readonly (readonly T[])[],
  merge: (a: T, b: T) => T,
): T[] {
  const byId = new Map<string, T>();
  for (const list of lists)
    for (const item of list) {
      const prior = byId.get(item.id);
      byId.set(item.id, prior ? merge(prior, item) : item);
    }
  return [...byId.values()];
}

/**
 * Merges gazetteers in priority order: `gazetteers[0]` names win; aliases, demonyms, metonyms, people,
 * cities and groups are united.
 * @example mergeGazetteers([scenarioGazetteer, builtinGazetteer])
 */
export function mergeGazetteers(gazetteers: readonly Gazetteer[]): Gazetteer {
  const actors = mergeById<GazetteerActor>(
    gazetteers.map((g) => g.actors),
    (a, b) => ({
      ...a,
      aliases: union(a.aliases, [b.name, ...(b.aliases ?? [])]),
      demonyms: union(a.demonyms, b.demonyms),
      metonyms: union(a.metonyms, b.metonyms),
      people: [
        ...(a.people ?? []),
        ...(b.people ?? []).filter((p) => !(a.people ?? []).some((q) => q.name === p.name)),
      ],
    }),
  );
  const territories = mergeById<GazetteerTerritory>(
    gazetteers.map((g) => g.territories),
    (a, b) => ({
      ...a,
      aliases: union(a.aliases, [b.name, ...(b.aliases ?? [])]),
      cities: union(a.cities, b.cities),
      ...((a.annexedBy ?? b.annexedBy) ? { annexedBy: a.annexedBy ?? b.annexedBy } : {}),
    }),
  );
  const issues = mergeById<GazetteerIssue>(
    gazetteers.map((g) => g.issues),
    (a, b) => ({ ...a, aliases: union(a.aliases, [b.name, ...(b.aliases ?? [])]) }),
  );
  return { actors, territories, groups: gazetteers.flatMap((g) => g.groups), issues };
}
