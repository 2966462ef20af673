import type { AnalysisResult, Scenario } from "../api/types";

/** Lookup of display names for parties and territories. */
export interface Names {
  party: (id: string) => string;
  territory: (id: string) => string;
  /** The description of a party's red line (or "name: description" of a ratifier) as written in the scenario. */
  redLine: (party: string, id: string) => string | undefined;
}

/** Builds {@link Names} from an analysis result and the scenario it was computed on. */
export function names(analysis: AnalysisResult | undefined, scenario: Scenario | undefined): Names {
  const parties = new Map<string, string>();
  for (const p of scenario?.parties ?? []) parties.set(p.id, p.name);
  for (const p of analysis?.parties ?? []) parties.set(p.id, p.name);
  const territories = new Map((scenario?.territories ?? []).map((t) => [t.id, t.name]));
  const redLines = new Map<string, string>();
  for (const p of scenario?.parties ?? []) {
    for (const r of p.preferences?.redLines ?? []) redLines.set(`${p.id}:${r.id}`, r.description);
    for (const r of p.preferences?.ratifiers ?? [])
      redLines.set(`${p.id}:${r.id}`, `${r.name}: ${r.description}`);
  }
  return {
    party: (id) => parties.get(id) ?? id,
    territory: (id) => territories.get(id) ?? id,
    redLine: (party, id) => redLines.get(`${party}:${id}`),
  };
}

/** A utility on the 0–1 scale, two decimals. */
export function formatUtility(value: number | null | undefined): string {
  return value === null || value === undefined ? "—" : value.toFixed(2);
}

/** A position's description, with its territory named when the description does not name it already. */
export function positionText(ref: { description: string; territory?: string }, names: Names): string {
  const text = ref.description.replace(/\.$/, "");
  if (ref.territory === undefined) return text;
  const territory = names.territory(ref.territory);
  return text.includes(territory) || text.includes(ref.territory) ? text : `${text} (${territory})`;
}

/** Positions of one party's red line (or other position), grouped with the territories they apply to. */
export interface MoveGroup {
  party: string;
  text: string;
  territories: string[];
}

/**
 * The text of a position without its territory: the red line's description in the scenario, else the engine's
 * description with the territory's name taken out (a name inside the sentence becomes "the region").
 */
export function positionTemplate(
  ref: { party: string; redLine?: string; territory?: string; description: string },
  names: Names,
): string {
  const written = ref.redLine !== undefined ? names.redLine(ref.party, ref.redLine) : undefined;
  let text = written ?? ref.description;
  if (written === undefined && ref.territory !== undefined) {
    const name = names.territory(ref.territory);
    text = text.replace(` (${name})`, "").replace(name, "the region");
  }
  text = text.replace(/\.$/, "");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Groups positions that expand the same red line (or position) of the same party over several territories. */
export function groupPositions(
  refs: readonly { party: string; kind: string; redLine?: string; territory?: string; description: string }[],
  names: Names,
): MoveGroup[] {
  const groups = new Map<string, MoveGroup>();
  for (const ref of refs) {
    const text = positionTemplate(ref, names);
    const key = `${ref.party}:${ref.kind}:${text}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { party: ref.party, text, territories: [] };
      groups.set(key, group);
    }
    if (ref.territory !== undefined && !group.territories.includes(ref.territory))
      group.territories.push(ref.territory);
  }
  return [...groups.values()];
}

/** "text — for A, B and C" (or the text alone). */
export function groupText(group: MoveGroup, names: Names): string {
  if (group.territories.length === 0) return group.text;
  const list = group.territories.map(names.territory);
  if (list.length === 1 && group.text.includes(list[0]!)) return group.text;
  const joined = list.length === 1 ? list[0]! : `${list.slice(0, -1).join(", ")} and ${list.at(-1)}`;
  return `${group.text} — for ${joined}`;
}

const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/** An exact count (decimal string): grouped digits up to 12 digits, else "≈1.5 × 10⁸³". */
export function formatCount(count: string): string {
  if (!/^\d+$/.test(count)) return count;
  if (count.length <= 12) return BigInt(count).toLocaleString("en");
  const exponent = String(count.length - 1)
    .split("")
    .map((d) => SUPERSCRIPT[Number(d)])
    .join("");
  return `≈${count[0]}.${count.slice(1, 3)} × 10${exponent}`;
}
