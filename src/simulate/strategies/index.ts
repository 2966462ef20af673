/**
 * The strategy family: built-in negotiators by name, and resolution of `NAME[:PARAM]` specs or factories.
 * @module
 */
import { EngineError } from "../../errors.js";
import type { Negotiator, StrategyFactory, StrategySpec } from "../strategy.js";
import { boulware } from "./boulware.js";
import { conceder } from "./conceder.js";
import { hardliner } from "./hardliner.js";
import { linear } from "./linear.js";
import { randomBaseline } from "./randomBaseline.js";
import { redLineKeeper } from "./redLineKeeper.js";
import { titForTat } from "./titForTat.js";

/** The default inner strategy of `redLineKeeper` and the CLI's default. */
export const DEFAULT_STRATEGY = "redLineKeeper:boulware";

/** name → factory of the built-in strategies. `redLineKeeper:INNER` wraps another spec (default boulware). */
export const strategies: Readonly<Record<string, StrategyFactory>> = {
  boulware,
  linear,
  conceder,
  titForTat,
  hardliner,
  random: randomBaseline,
  redLineKeeper: (param) =>
    redLineKeeper(createNegotiator(param === undefined || param === "" ? "boulware" : param)),
};

/** Creates a fresh negotiator from a spec `NAME[:PARAM]` or a factory; throws `unknown_strategy` for an unknown name. */
export function createNegotiator(spec: StrategySpec): Negotiator {
  if (typeof spec === "function") return spec();
  const colon = spec.indexOf(":");
  const name = colon < 0 ? spec : spec.slice(0, colon);
  const param = colon < 0 ? undefined : spec.slice(colon + 1);
  const factory = Object.hasOwn(strategies, name) ? strategies[name] : undefined;
  if (!factory) throw new EngineError("unknown_strategy", `unknown strategy: ${name}`);
  return factory(param);
}

export { boulware } from "./boulware.js";
export { conceder } from "./conceder.js";
export { concessionCurve, curveExponents } from "./concessionCurve.js";
export { hardliner } from "./hardliner.js";
export { linear } from "./linear.js";
export { randomBaseline } from "./randomBaseline.js";
export { redLineKeeper } from "./redLineKeeper.js";
export { timeDependent, timeDependentTarget } from "./timeDependent.js";
export { titForTat } from "./titForTat.js";
