import type { Condition } from "../model/index.js";
import type { FactoredSpace } from "../space/index.js";

/**
 * Compiles a condition over outcome issues (as in preconditions) into a mask over the alternatives of the one
 * factor that holds every issue it reads. Returns null when it names an unknown issue, reads issues of
 * several factors, or uses a `dimension` literal without `territory`.
 */
export function conditionMask(
  condition: Condition,
  space: FactoredSpace,
  issueIndex: ReadonlyMap<string, number>,
): { factor: number; mask: Uint8Array } | null {
  const issues = new Set<number>();
  let ok = true;
  const collect = (c: Condition): void => {
    if ("all" in c) c.all.forEach(collect);
    else if ("any" in c) c.any.forEach(collect);
    else if ("not" in c) collect(c.not);
    else if ("if" in c) {
      collect(c.if);
      collect(c.then);
    } else {
      const key = c.issue ?? (c.territory === undefined ? undefined : `${c.territory}.${c.dimension}`);
      const i = key === undefined ? undefined : issueIndex.get(key);
      if (i === undefined) ok = false;
      else issues.add(i);
    }
  };
  collect(condition);
  if (!ok || issues.size === 0) return null;
  const factor = space.factors.findIndex((f) => f.issues.includes([...issues][0]!));
  const f = space.factors[factor]!;
  if ([...issues].some((i) => !f.issues.includes(i))) return null;
  const J = f.issues.length;
  const mask = new Uint8Array(f.size);
  for (let k = 0; k < f.size; k++) {
    const optionOf = (issue: number) => f.choices[k * J + f.issues.indexOf(issue)]!;
    mask[k] = holds(condition, space, issueIndex, optionOf) ? 1 : 0;
  }
  return { factor, mask };
}

function holds(
  c: Condition,
  space: FactoredSpace,
  issueIndex: ReadonlyMap<string, number>,
  optionOf: (issue: number) => number,
): boolean {
  if ("all" in c) return c.all.every((x) => holds(x, space, issueIndex, optionOf));
  if ("any" in c) return c.any.some((x) => holds(x, space, issueIndex, optionOf));
  if ("not" in c) return !holds(c.not, space, issueIndex, optionOf);
  if ("if" in c)
    return !holds(c.if, space, issueIndex, optionOf) || holds(c.then, space, issueIndex, optionOf);
  const i = issueIndex.get(c.issue ?? `${c.territory}.${c.dimension}`)!;
  const option = space.issues[i]!.options[optionOf(i)]!;
  return c.in ? c.in.includes(option) : !(c.notIn ?? []).includes(option);
}
