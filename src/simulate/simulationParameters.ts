/**
 * The parameters of a simulation as the HTTP API receives them (`POST /api/scenarios/:id/simulations`), and
 * their translation to {@link SimulateOptions}. Strategies are given by name only (`NAME[:PARAM]`).
 * @module
 */
import { z } from "zod";
import { DateSchema, IdSchema } from "../model/index.js";
import type { SimulateOptions } from "./simulate.js";

/** Zod schema of the simulation parameters of a job. */
export const SimulationParametersSchema = z
  .object({
    runs: z.number().int().min(1).max(100_000),
    seed: z.number().int().default(1),
    protocol: z.enum(["alternating", "mediated"]).optional(),
    strategies: z.record(IdSchema, z.string().min(1)).optional().describe("party id → NAME[:PARAM]"),
    defaultStrategy: z.string().min(1).optional(),
    maxRounds: z.number().int().min(1).max(10_000).optional(),
    daysPerRound: z.number().int().min(0).max(365).optional(),
    start: DateSchema.optional(),
    patience: z
      .union([
        z.null(),
        z
          .object({
            rounds: z.number().int().positive().optional(),
            days: z.number().int().positive().optional(),
          })
          .strict(),
      ])
      .optional()
      .describe("null: the mediator never leaves; absent: the scenario's patience"),
    preconditions: z.boolean().optional(),
  })
  .strict();

/** Validated simulation parameters. */
export type SimulationParameters = z.infer<typeof SimulationParametersSchema>;

/** The {@link SimulateOptions} of validated parameters (in the calling thread unless `workers` is given). */
export function simulationOptions(p: SimulationParameters, workers = 0): SimulateOptions {
  return {
    runs: p.runs,
    seed: p.seed,
    workers,
    ...(p.protocol === undefined ? {} : { protocol: p.protocol }),
    ...(p.strategies === undefined ? {} : { strategies: p.strategies }),
    ...(p.defaultStrategy === undefined ? {} : { defaultStrategy: p.defaultStrategy }),
    ...(p.maxRounds === undefined ? {} : { maxRounds: p.maxRounds }),
    ...(p.daysPerRound === undefined ? {} : { daysPerRound: p.daysPerRound }),
    ...(p.start === undefined ? {} : { start: p.start }),
    ...(p.patience === undefined ? {} : { patience: p.patience }),
    ...(p.preconditions === undefined ? {} : { preconditions: p.preconditions }),
  };
}
