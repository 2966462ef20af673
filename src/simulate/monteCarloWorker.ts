/**
 * The piscina worker of {@link simulate}: plays a chunk of runs. The domain is built once per simulation
 * (keyed by `inputKey`) and reused by the following chunks this thread receives.
 * @module
 */
import { type DomainSource, domainSource, runChunk } from "./runChunk.js";
import type { SessionRecord } from "./sessionState.js";
import type { RunSettings, SimulationInput } from "./simulationInput.js";

/** One chunk of runs. */
export interface ChunkTask {
  inputKey: string;
  input: SimulationInput;
  settings: RunSettings;
  from: number;
  to: number;
}

let cached: { key: string; source: DomainSource } | undefined;

/** Plays runs `from` … `to − 1` of the task. */
export default function playChunk(task: ChunkTask): SessionRecord[] {
  if (cached?.key !== task.inputKey)
    cached = { key: task.inputKey, source: domainSource(task.input, task.settings) };
  return runChunk(cached.source, task.settings, task.from, task.to);
}
