/**
 * Every minimal hitting set (minimal transversal) of a family of sets, up to `budget`, or null beyond it.
 * The family is split into connected components (sets sharing elements); the minimal transversals of the
 * whole family are the unions of one minimal transversal per component. Within a component Berge's
 * incremental algorithm is used (Berge 1989, *Hypergraphs*, ch. 2): add the sets one at a time, extend each
 * partial transversal that misses the new set by each of its elements, and keep the minimal ones.
 */
export function minimalTransversals(sets: readonly (readonly number[])[], budget: number): number[][] | null {
  const components = splitComponents(sets);
  const perComponent: number[][][] = [];
  let total = 1;
  for (const component of components) {
    const transversals = berge(component, budget);
    if (transversals === null) return null;
    total *= transversals.length;
    if (total > budget) return null;
    perComponent.push(transversals);
  }
  let out: number[][] = [[]];
  for (const options of perComponent) out = out.flatMap((partial) => options.map((t) => [...partial, ...t]));
  return out.map((t) => t.sort((a, b) => a - b));
}

function splitComponents(sets: readonly (readonly number[])[]): number[][][] {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root) as number;
    parent.set(x, root);
    return root;
  };
  for (const s of sets) for (const e of s) if (!parent.has(e)) parent.set(e, e);
  for (const s of sets) for (const e of s.slice(1)) parent.set(find(e), find(s[0] as number));
  const groups = new Map<number, number[][]>();
  for (const s of sets) {
    if (s.length === 0) continue;
    const root = find(s[0] as number);
    const list = groups.get(root) ?? [];
    list.push([...s]);
    groups.set(root, list);
  }
  return [...groups.values()];
}

function berge(sets: readonly number[][], budget: number): number[][] | null {
  let transversals: number[][] = [[]];
  for (const set of sets) {
    const next: number[][] = [];
    for (const t of transversals) {
      if (t.some((e) => set.includes(e))) next.push(t);
      else for (const e of set) next.push([...t, e]);
    }
    const unique = new Map(
      next.map((t) => {
        const sorted = [...t].sort((a, b) => a - b);
        return [sorted.join(","), sorted] as const;
      }),
    );
    const candidates = [...unique.values()].sort((a, b) => a.length - b.length);
    transversals = [];
    for (const c of candidates) {
      const seen = new Set(c);
      if (!transversals.some((m) => m.every((e) => seen.has(e)))) transversals.push(c);
    }
    if (transversals.length > budget) return null;
  }
  return transversals;
}
