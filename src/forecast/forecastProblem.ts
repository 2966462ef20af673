import type { ForecastInput } from "../model/forecastInputSchema.js";
import type { SpatialProblem } from "./spatialProblem.js";

/** Converts a parsed scenario `forecast` block into the models' common input. */
export function forecastProblem(input: ForecastInput, name = input.title ?? "forecast"): SpatialProblem {
  return {
    name,
    ...(input.description === undefined ? {} : { description: input.description }),
    dimensions: input.dimensions.map((d) => ({
      id: d.id,
      name: d.name,
      min: d.scale.min,
      max: d.scale.max,
      minLabel: d.scale.minLabel,
      maxLabel: d.scale.maxLabel,
      ...(d.statusQuo === undefined ? {} : { statusQuo: d.statusQuo.value }),
    })),
    actors: input.actors.map((a) => ({
      id: a.id,
      name: a.name,
      ...(a.party === undefined ? {} : { party: a.party }),
      capability: a.capability.value,
      position: input.dimensions.map((d) => a.stances[d.id]!.position.value),
      salience: input.dimensions.map((d) => a.stances[d.id]!.salience.value),
    })),
  };
}
