/**
 * The time-dependent concession curve (Faratin et al. 1998, in negmas' aspiration form):
 * target(t) = floor + (top − floor) · (1 − t^e). Large e concedes late (Boulware), e = 1 linearly, small e
 * early (Conceder). `top` is the best own utility, `floor` the reservation value (or the worst menu offer).
 */
export function concessionCurve(t: number, e: number, top: number, floor: number): number {
  const tt = Math.min(1, Math.max(0, t));
  return floor + (top - floor) * (1 - tt ** e);
}

/** Named curves and their exponents (negmas `make_curve` convention). */
export const curveExponents = { boulware: 4, linear: 1, conceder: 0.25 } as const;
