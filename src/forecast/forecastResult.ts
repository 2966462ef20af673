/**
 * The output every forecasting model returns: per-turn positions, per-turn probabilities where the model has
 * them, the final expected and modal positions, and a readable log.
 * @module
 */

/** One line of a model's log: who challenged or exchanged with whom, and what happened. */
export interface ForecastEvent {
  /** Turn (0 = the step from the initial state to state 1). */
  turn: number;
  kind: "challenge" | "confrontation" | "compromise" | "capitulation" | "bargain" | "exchange" | "status-quo";
  /** Actor ids. */
  actors: string[];
  /** Dimension ids the event is about. */
  dimensions?: string[];
  text: string;
}

/** The result of one model run. Positions are on each dimension's own scale. */
export interface ForecastResult {
  /** Model name (`compromise`, `median`, `smp`, `bdm`, `exchange`). */
  model: string;
  /** Settings the run used, KEY=VALUE as accepted by `--variant`. */
  variant: Record<string, string>;
  /** Actor ids in input order (index of `history[t]`). */
  actors: string[];
  /** Dimension ids in input order (index of `history[t][i]`). */
  dimensions: string[];
  /** Number of states including the initial one. */
  turns: number;
  /** history[t][i][d]: position of actor i on dimension d at state t. */
  history: number[][][];
  /** probabilities[t][i]: probability that actor i's position at state t is chosen (PCE); null if none. */
  probabilities: number[][] | null;
  final: {
    /** Expected outcome per dimension (probability-weighted where the model has probabilities). */
    expected: number[];
    /** Most likely outcome: a position (per dimension) and its probability (null without probabilities). */
    modal: { position: number[]; probability: number | null };
  };
  /** Whether the model met its stopping rule before its turn limit (always true for one-shot models). */
  converged: boolean;
  /** Readable log of challenges, bargains, exchanges. */
  log: ForecastEvent[];
}
