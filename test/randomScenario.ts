/**
 * Small random scenarios for property tests: few territories, dimensions and linked issues, so that every outcome
 * can be enumerated by brute force.
 */
import fc from "fast-check";
import type { Condition, ScenarioInput } from "../src/model/index.js";

const values = fc.constantFrom(0, 25, 50, 75, 100);

const literal = (
  dims: { id: string; options: string[] }[],
  issues: { id: string; options: string[] }[],
  withTerritory: boolean,
) =>
  fc
    .oneof(
      fc
        .record({
          d: fc.integer({ min: 0, max: dims.length - 1 }),
          pick: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
          neg: fc.boolean(),
        })
        .map(({ d, pick, neg }) => {
          const dim = dims[d]!;
          let chosen = dim.options.filter((_, i) => pick[i]);
          if (chosen.length === 0) chosen = [dim.options[0]!];
          return (
            neg ? { dimension: dim.id, notIn: chosen } : { dimension: dim.id, in: chosen }
          ) as Condition;
        }),
      fc
        .record({ i: fc.integer({ min: 0, max: issues.length - 1 }), k: fc.nat(), neg: fc.boolean() })
        .map(({ i, k, neg }) => {
          const issue = issues[i]!;
          const o = issue.options[k % issue.options.length]!;
          return (neg ? { issue: issue.id, notIn: [o] } : { issue: issue.id, in: [o] }) as Condition;
        }),
    )
    .filter((c) => withTerritory || !("dimension" in c));

/** A random scenario with 2–3 parties, 1–2 territories, 2 dimensions and 1–2 linked issues. */
export const randomScenario: fc.Arbitrary<ScenarioInput> = fc
  .record({
    territories: fc.integer({ min: 1, max: 2 }),
    linked: fc.integer({ min: 1, max: 2 }),
    parties: fc.integer({ min: 2, max: 3 }),
    seed: fc.nat(),
  })
  .chain(({ territories, linked, parties }) => {
    const tids = ["T1", "T2"].slice(0, territories);
    const dims: { id: string; options: string[]; partition?: string }[] = [
      { id: "sov", options: ["A", "B", "C"] },
      { id: "ctl", options: ["A", "B"], partition: "B" },
    ];
    const issues = [
      { id: "i1", options: ["x", "y", "z"] },
      { id: "i2", options: ["p", "q"] },
    ].slice(0, linked);
    const lit = literal(dims, issues, true);
    const condition: fc.Arbitrary<Condition> = fc.oneof(
      { weight: 4, arbitrary: lit },
      { weight: 1, arbitrary: fc.tuple(lit, lit).map(([a, b]) => ({ if: a, then: b }) as Condition) },
      { weight: 1, arbitrary: fc.tuple(lit, lit).map(([a, b]) => ({ any: [a, b] }) as Condition) },
    );
    const redLine = fc.record({
      cond: condition,
      forbid: fc.boolean(),
      perTerritory: fc.boolean(),
      salience: fc.integer({ min: 1, max: 5 }),
    });
    const prefs = fc.record({
      tw: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 2, maxLength: 2 }),
      dw: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 2, maxLength: 2 }),
      iw: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 2, maxLength: 2 }),
      dv: fc.array(fc.array(values, { minLength: 3, maxLength: 3 }), { minLength: 2, maxLength: 2 }),
      iv: fc.array(fc.array(values, { minLength: 3, maxLength: 3 }), { minLength: 2, maxLength: 2 }),
      redLines: fc.array(redLine, { maxLength: 2 }),
      indivisible: fc.boolean(),
      reservation: fc.option(
        fc.integer({ min: 0, max: 16 }).map((x) => x / 20),
        { nil: undefined },
      ),
    });
    return fc.array(prefs, { minLength: parties, maxLength: parties }).map((ps) => {
      const pids = ["P1", "P2", "P3"].slice(0, parties);
      const hasDimension = (c: Condition): boolean =>
        "all" in c
          ? c.all.some(hasDimension)
          : "any" in c
            ? c.any.some(hasDimension)
            : "not" in c
              ? hasDimension(c.not)
              : "if" in c
                ? hasDimension(c.if) || hasDimension(c.then)
                : c.dimension !== undefined;
      const scenario: ScenarioInput = {
        id: "random",
        title: "random",
        date: "2025-01-01",
        sources: { S: { title: "test" } },
        parties: ps.map((p, k) => ({
          id: pids[k]!,
          name: pids[k]!,
          kind: "state" as const,
          role: "negotiator" as const,
          preferences: {
            territoryWeights: Object.fromEntries(tids.map((t, i) => [t, p.tw[i]!])),
            dimensionWeights: Object.fromEntries(dims.map((d, i) => [d.id, p.dw[i]!])),
            issueWeights: Object.fromEntries(issues.map((d, i) => [d.id, p.iw[i]!])),
            dimensionValues: Object.fromEntries(
              dims.map((d, i) => [d.id, Object.fromEntries(d.options.map((o, j) => [o, p.dv[i]![j]!]))]),
            ),
            issueValues: Object.fromEntries(
              issues.map((d, i) => [d.id, Object.fromEntries(d.options.map((o, j) => [o, p.iv[i]![j]!]))]),
            ),
            redLines: p.redLines.map((r, j) => ({
              id: `r${j}`,
              description: `red line ${j} of ${pids[k]}`,
              ...(r.perTerritory || hasDimension(r.cond) ? { territories: tids } : {}),
              ...(r.forbid ? { forbid: r.cond } : { require: r.cond }),
              salience: r.salience,
            })),
            ...(p.indivisible
              ? { territories: { [tids[0]!]: { indivisible: true, indivisibleSalience: 2 } } }
              : {}),
            ...(p.reservation === undefined ? {} : { reservation: { value: p.reservation } }),
          },
        })),
        territories: tids.map((t) => ({ id: t, name: t, source: "S" })),
        dimensions: dims.map((d) => ({
          id: d.id,
          name: d.id,
          options: d.options.map((o) => ({ id: o, ...(o === d.partition ? { partition: true } : {}) })),
        })),
        issues: issues.map((d) => ({ id: d.id, name: d.id, options: d.options.map((o) => ({ id: o })) })),
        proposals: [
          {
            id: "prop",
            name: "prop",
            by: [pids[0]!],
            source: "S",
            terms: [
              { issue: issues[0]!.id, option: issues[0]!.options[0]! },
              { dimension: "sov", territories: [tids[0]!], option: "B" },
            ],
          },
        ],
      };
      return scenario;
    });
  });
