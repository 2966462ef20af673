import highsModule from "highs";
import { EngineError } from "../errors.js";
import type { BinaryProgram, BinarySolution, MilpSolver } from "./milpSolver.js";

// `highs` ships CommonJS-style typings: under NodeNext the default import is typed as the module namespace,
// while at run time (ESM build) it is the loader itself.
type Loader = (typeof highsModule)["default"];
const loadHighs: Loader = ((highsModule as unknown as { default?: Loader }).default ?? highsModule) as Loader;
type Highs = Awaited<ReturnType<Loader>>;
let shared: Promise<Highs> | undefined;

/**
 * A {@link MilpSolver} backed by HiGHS (compiled to WebAssembly, npm `highs`). The module is loaded once per
 * process; models are passed in CPLEX LP format and solved to optimality (`mip_rel_gap` 0).
 */
export async function createHighsSolver(options: { timeLimitSeconds?: number } = {}): Promise<MilpSolver> {
  shared ??= loadHighs();
  let highs: Highs;
  try {
    highs = await shared;
  } catch (error) {
    shared = undefined;
    throw new EngineError("solver_unavailable", "the HiGHS solver could not be loaded", { cause: error });
  }
  const timeLimit = options.timeLimitSeconds ?? 30;
  return {
    name: "highs",
    solveBinary(program: BinaryProgram): BinarySolution {
      const n = program.costs.length;
      if (n === 0) return { status: "optimal", x: new Uint8Array(0), objective: 0 };
      const term = (coef: number, v: number) => `${coef < 0 ? "-" : "+"} ${Math.abs(coef)} x${v}`;
      const lines = ["Minimize", ` obj: ${program.costs.map((c, i) => term(c, i)).join(" ")}`, "Subject To"];
      program.rows.forEach((row, r) => {
        const expr = row.vars.map((v, k) => term(row.coefs[k] as number, v)).join(" ");
        if (row.lower !== undefined && row.upper !== undefined && row.lower === row.upper)
          lines.push(` r${r}: ${expr} = ${row.lower}`);
        else {
          if (row.lower !== undefined) lines.push(` r${r}l: ${expr} >= ${row.lower}`);
          if (row.upper !== undefined) lines.push(` r${r}u: ${expr} <= ${row.upper}`);
        }
      });
      const zero = new Set(program.fixedZero ?? []);
      lines.push("Bounds");
      for (let i = 0; i < n; i++) lines.push(zero.has(i) ? ` x${i} = 0` : ` 0 <= x${i} <= 1`);
      lines.push("Binary", ` ${Array.from({ length: n }, (_, i) => `x${i}`).join(" ")}`, "End");
      let result: ReturnType<Highs["solve"]>;
      try {
        result = highs.solve(lines.join("\n"), {
          output_flag: false,
          mip_rel_gap: 0,
          time_limit: timeLimit,
        });
      } catch (error) {
        shared = undefined;
        return { status: "error", message: error instanceof Error ? error.message : String(error) };
      }
      if (result.Status === "Infeasible") return { status: "infeasible" };
      if (result.Status === "Time limit reached") return { status: "timeout" };
      if (result.Status !== "Optimal") return { status: "error", message: result.Status };
      const x = new Uint8Array(n);
      for (let i = 0; i < n; i++) {
        const col = result.Columns[`x${i}`] as { Primal?: number } | undefined;
        x[i] = (col?.Primal ?? 0) > 0.5 ? 1 : 0;
      }
      return { status: "optimal", x, objective: result.ObjectiveValue };
    },
  };
}
