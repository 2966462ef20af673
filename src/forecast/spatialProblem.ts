/**
 * The common input of every forecasting model: actors with a capability and, per dimension, a position and
 * a salience. Importers (scenario block, KTAB CSV/XML, Decide) all produce this shape.
 * @module
 */

/** One continuous issue dimension. Positions live on [min, max]; the models work on the unit scale. */
export interface SpatialDimension {
  id: string;
  name: string;
  min: number;
  max: number;
  /** Labels of the two ends of the scale, when known. */
  minLabel?: string;
  maxLabel?: string;
  /** Status-quo position on [min, max], when known (used for "share of runs on each side"). */
  statusQuo?: number;
}

/** One actor: capability > 0, and per dimension a position on [min, max] and a salience in [0, 1]. */
export interface SpatialActor {
  id: string;
  name: string;
  capability: number;
  position: number[];
  salience: number[];
  /**
   * Issue-specific power per dimension (Decide's `#D … power`), used instead of `capability` by the
   * compromise and exchange models when present.
   */
  power?: number[];
  /** Scenario party this actor stands for, when linked. */
  party?: string;
}

/**
 * A forecasting problem. `accommodation` is KTAB's ideal-adjustment matrix (row i: how far actor i's ideal
 * follows each actor's position per turn); absent means the identity (ideal = current position).
 */
export interface SpatialProblem {
  name: string;
  description?: string;
  dimensions: SpatialDimension[];
  actors: SpatialActor[];
  accommodation?: number[][];
  /** Model settings carried by the input file (e.g. KTAB XML `ModelParameters`), as KEY=VALUE pairs. */
  settings?: Record<string, string>;
}
