import type { AnalysisResult, Scenario } from "../api/types";

/** Lookup of display names for parties and territories. */
export interface Names {
  party: (id: string) => string;
  territory: (id: string) => string;
}

/** Builds {@link Names} from an analysis result and the scenario it was computed on. */
export function names(analysis: AnalysisResult | undefined, scenario: Scenario | undefined): Names {
  const parties = new Map<string, string>();
  for (const p of scenario?.parties ?? []) parties.set(p.id, p.name);
  for (const p of analysis?.parties ?? []) parties.set(p.id, p.name);
  const territories = new Map((scenario?.territories ?? []).map((t) => [t.id, t.name]));
  return { party: (id) => parties.get(id) ?? id, territory: (id) => territories.get(id) ?? id };
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
