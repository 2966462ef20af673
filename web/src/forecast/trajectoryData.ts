/**
 * What the trajectory chart of one forecast dimension draws, from a model's JSON (`impasse forecast --json`)
 * and the scenario's `forecast` block: each actor's position per turn, the expected and modal final
 * positions, the status quo and, when the model ran an ensemble, its spread.
 * @module
 */
import type { ForecastModelJson, Scenario } from "../api/types";

/** One actor's position at one state. */
export interface TrajectoryPoint {
  turn: number;
  position: number;
  actor: string;
  name: string;
}

/** The chart of one dimension. */
export interface Trajectory {
  id: string;
  name: string;
  min: number;
  max: number;
  minLabel: string | undefined;
  maxLabel: string | undefined;
  /** Index of the last state (history has `last + 1` states). */
  last: number;
  points: TrajectoryPoint[];
  expected: number;
  modal: { position: number; probability: number | null };
  statusQuo: number | null;
  spread: { median: number; iqr: [number, number]; range90: [number, number]; runs: number } | null;
}

type ForecastBlock = NonNullable<Scenario["forecast"]>;

/** The trajectories of `model`, one per dimension, labelled from `block`. */
export function trajectoryData(model: ForecastModelJson, block: ForecastBlock | undefined): Trajectory[] {
  const actorName = new Map(block?.actors.map((a) => [a.id, a.name]) ?? []);
  return model.dimensions.map((id, d) => {
    const dim = block?.dimensions.find((x) => x.id === id);
    const spread = model.spread?.dimensions[d];
    const points = model.history.flatMap((state, turn) =>
      state.map((position, i) => {
        const actor = model.actors[i]!;
        return { turn, position: position[d]!, actor, name: actorName.get(actor) ?? actor };
      }),
    );
    const positions = points.map((p) => p.position);
    return {
      id,
      name: dim?.name ?? id,
      min: dim?.scale.min ?? Math.min(...positions),
      max: dim?.scale.max ?? Math.max(...positions),
      minLabel: dim?.scale.minLabel,
      maxLabel: dim?.scale.maxLabel,
      last: model.history.length - 1,
      points,
      expected: model.final.expected[d]!,
      modal: { position: model.final.modal.position[d]!, probability: model.final.modal.probability },
      statusQuo: dim?.statusQuo?.value ?? spread?.statusQuo ?? null,
      spread: spread
        ? { median: spread.median, iqr: spread.iqr, range90: spread.range90, runs: model.spread!.runs }
        : null,
    };
  });
}
