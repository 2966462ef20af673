/**
 * Bargaining solutions over a Pareto frontier. Every solution has the same signature,
 * `(frontier, {disagreement, ideal?, epsilon?}) => FrontierPoint[]`, searches only the given frontier,
 * restricted to its *rational* part (u_i ≥ d_i for every party, up to the tolerance), and returns every
 * tied optimum in frontier order; an empty array when no frontier point is rational.
 * @module
 */
import { EngineError } from "../../errors.js";
import type { FrontierPoint } from "../pareto/frontierPoint.js";
import { egalitarian } from "./egalitarian.js";
import { kalaiSmorodinsky } from "./kalaiSmorodinsky.js";
import { nash } from "./nash.js";
import { utilitarian } from "./utilitarian.js";

/** Options shared by every bargaining solution. */
export interface SolutionOptions {
  /** The disagreement point d, one value per frontier column (usually the reservation values, or 0). */
  disagreement: readonly number[];
  /** Kalai–Smorodinsky only: the ideal point; default the per-column maximum over the rational frontier. */
  ideal?: readonly number[];
  /** Relative tolerance (default 1e-9) for rationality and for ties between scores. */
  epsilon?: number;
}

/** A bargaining solution: every tied optimum over the rational frontier. */
export type SolutionFn = (frontier: readonly FrontierPoint[], options: SolutionOptions) => FrontierPoint[];

/** The names of the built-in solutions. */
export type SolutionName = "nash" | "kalaiSmorodinsky" | "egalitarian" | "utilitarian";

/** name → implementation. */
export const solutions: Readonly<Record<SolutionName, SolutionFn>> = {
  nash,
  kalaiSmorodinsky,
  egalitarian,
  utilitarian,
};

/** Resolves a solution given by name or as a function; throws `unknown_solution` for an unknown name. */
export function solution(name: SolutionName | string | SolutionFn): SolutionFn {
  if (typeof name === "function") return name;
  switch (name) {
    case "nash":
    case "kalaiSmorodinsky":
    case "egalitarian":
    case "utilitarian":
      return solutions[name];
    default:
      throw new EngineError("unknown_solution", `unknown solution: ${name}`);
  }
}

export { type BargainingAnalysis, type BargainingOptions, bargainingAnalysis } from "./bargainingAnalysis.js";
export { egalitarian } from "./egalitarian.js";
export { kalaiSmorodinsky } from "./kalaiSmorodinsky.js";
export { nash } from "./nash.js";
export { type RationalCount, rationalCount } from "./rationalCount.js";
export { argmaxTies, rationalFrontier } from "./rationalFrontier.js";
export { utilitarian } from "./utilitarian.js";
