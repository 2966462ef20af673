/**
 * Aligning a gazetteer to a scenario's parties: an actor that shares any name, alias, demonym or metonym with
 * a scenario party is re-keyed to that party's id (first match in scenario order), so that, for example,
 * the built-in EU, United Kingdom, France and Germany become the bundled scenario's `EUR` party, which lists
 * Europe, London, Paris and Berlin among its aliases. The scenario's own modelling decides who speaks for whom.
 * @module
 */
import type { Gazetteer, GazetteerActor } from "./gazetteer.js";

const namesOf = (a: GazetteerActor) =>
  [a.name, ...(a.aliases ?? []), ...(a.demonyms ?? []), ...(a.metonyms ?? [])].map((n) => n.toLowerCase());

/**
 * Returns `gazetteer` with its actors re-keyed to the `scenario` gazetteer's actors they share a name with.
 * Territories, groups and issues are unchanged.
 * @example alignGazetteer(builtinGazetteer, gazetteerFromScenario(scenario)).actors.find((a) => a.name === "France")?.id // → "EUR"
 */
export function alignGazetteer(gazetteer: Gazetteer, scenario: Gazetteer): Gazetteer {
  const owners = scenario.actors.map((a) => ({ id: a.id, names: new Set(namesOf(a)) }));
  return {
    ...gazetteer,
    actors: gazetteer.actors.map((a) => {
      if (scenario.actors.some((s) => s.id === a.id)) return a;
      const owner = owners.find((o) => namesOf(a).some((n) => o.names.has(n)));
      return owner ? { ...a, id: owner.id } : a;
    }),
  };
}
