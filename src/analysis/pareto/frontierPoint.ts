/** A point of a Pareto frontier: one distinct utility vector (within ε) and the outcomes that reach it. */
export interface FrontierPoint {
  /** Utilities in the order of the analysed parties (`options.parties`, or every party of the space). */
  utilities: number[];
  /** The exact number of outcomes whose utility vector equals this one within ε. */
  count: bigint;
  /** One outcome with this vector (option index per issue of the space). */
  example: Int32Array;
}
