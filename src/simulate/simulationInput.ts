/**
 * What a Monte Carlo simulation runs on and how, in a serialisable form that worker threads receive.
 * @module
 */
import type { Scenario } from "../model/index.js";
import type { Uncertainty } from "../model/uncertaintySchema.js";
import type { FactoredSpace } from "../space/index.js";
import type { Patience } from "./negotiationDomain.js";
import type { ProtocolName } from "./protocols/index.js";
import type { StrategySpec } from "./strategy.js";

/** A scenario (optionally with uncertainty) or any factored space with reservation values. */
export type SimulationInput =
  | { kind: "scenario"; scenario: Scenario; uncertainty?: Uncertainty | null }
  | {
      kind: "space";
      space: FactoredSpace;
      reservation?: (number | null)[];
      participants?: number[];
      mediator?: { party: string; patience: Patience };
    };

/** How each run is played. */
export interface RunSettings {
  /** Seed of the whole simulation: run k uses `rng(seed).fork(k)`. */
  seed: number;
  protocol: ProtocolName;
  /** Party id → strategy; parties not listed use `defaultStrategy`. Factories only run in the calling thread. */
  strategies: Record<string, StrategySpec>;
  /** Default `redLineKeeper:boulware`. */
  defaultStrategy: string;
  /** Deadline in rounds. */
  maxRounds: number;
  /** Calendar days per round. */
  daysPerRound: number;
  /** First calendar day (scenarios; default the scenario's date). */
  start?: string;
  /** Patience override: undefined = the mediator's own, null = never exits, or explicit limits. */
  patience?: Patience | null;
  /** Honour preconditions (scenarios). */
  preconditions: boolean;
  /** Mediated protocol: modifications tried per round. */
  mutations?: number;
  /** Keep per-run trace lines. */
  trace: boolean;
}
