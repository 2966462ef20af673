import type { StrategyFactory } from "../strategy.js";
import { curveExponents } from "./concessionCurve.js";
import { exponentParam, timeDependent } from "./timeDependent.js";

/** Conceder: concedes early (exponent e, default 0.25; `conceder:E` sets it). */
export const conceder: StrategyFactory = (param) =>
  timeDependent(exponentParam(param, curveExponents.conceder));
