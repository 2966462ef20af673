import type { StrategyFactory } from "../strategy.js";
import { curveExponents } from "./concessionCurve.js";
import { exponentParam, timeDependent } from "./timeDependent.js";

/** Boulware: concedes late (exponent e, default 4; `boulware:E` sets it). */
export const boulware: StrategyFactory = (param) =>
  timeDependent(exponentParam(param, curveExponents.boulware));
