import type { StrategyFactory } from "../strategy.js";
import { curveExponents } from "./concessionCurve.js";
import { exponentParam, timeDependent } from "./timeDependent.js";

/** Linear concession (exponent 1; `linear:E` sets another exponent). */
export const linear: StrategyFactory = (param) => timeDependent(exponentParam(param, curveExponents.linear));
