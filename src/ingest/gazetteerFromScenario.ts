/**
 * A gazetteer from a scenario: its parties (names, aliases, people) and territories (names, aliases) and
 * its linked issues. Scenario aliases are not typed, so an alias that the built-in list knows as a demonym
 * or metonym is classified as one; other aliases ending like demonyms (-ian, -ese, -ish) count as demonyms.
 * @module
 */
import type { Scenario } from "../model/index.js";
import { builtinActors } from "./builtinActors.js";
import type { Gazetteer, GazetteerActor } from "./gazetteer.js";

const builtinDemonyms = new Set(builtinActors.flatMap((a) => a.demonyms ?? []));
const builtinMetonyms = new Set(builtinActors.flatMap((a) => a.metonyms ?? []));

/**
 * Builds a gazetteer from `scenario`'s parties, people, territories and issues.
 * @example gazetteerFromScenario(scenario).territories.map((t) => t.id)
 */
export function gazetteerFromScenario(scenario: Scenario): Gazetteer {
  const actors: GazetteerActor[] = scenario.parties.map((p) => {
    const aliases: string[] = [];
    const demonyms: string[] = [];
    const metonyms: string[] = [];
    for (const alias of p.aliases ?? []) {
      if (builtinMetonyms.has(alias)) metonyms.push(alias);
      else if (builtinDemonyms.has(alias) || /(ian|ians|ese|ish|ans)$/.test(alias)) demonyms.push(alias);
      else aliases.push(alias);
    }
    return {
      id: p.id,
      name: p.name,
      aliases,
      demonyms,
      metonyms,
      people: (p.people ?? []).map((person) => {
        const surname = person.name.split(/\s+/).at(-1);
        const extra = surname && surname !== person.name ? [surname] : [];
        return { name: person.name, aliases: [...(person.aliases ?? []), ...extra] };
      }),
    };
  });
  return {
    actors,
    territories: scenario.territories.map((t) => ({ id: t.id, name: t.name, aliases: t.aliases ?? [] })),
    groups: [],
    issues: scenario.issues.map((i) => ({ id: i.id, name: i.name, aliases: [] })),
  };
}
