import { EngineError } from "../errors.js";
import { rng } from "../util/rng.js";
import type { NegotiationDomain } from "./negotiationDomain.js";
import { protocol } from "./protocols/index.js";
import { sampleScenario } from "./sampleScenario.js";
import { scenarioDomain } from "./scenarioDomain.js";
import type { SessionRecord } from "./sessionState.js";
import type { RunSettings, SimulationInput } from "./simulationInput.js";
import { spaceDomain } from "./spaceDomain.js";
import { createNegotiator } from "./strategies/index.js";

/** Builds the domain of run k: one shared domain, or a fresh draw per run when the input is uncertain. */
export type DomainSource = (run: number) => NegotiationDomain;

/** The {@link DomainSource} of an input (the certain domain is built once and shared). */
export function domainSource(input: SimulationInput, settings: RunSettings): DomainSource {
  if (input.kind === "space") {
    const domain = spaceDomain(input.space, {
      ...(input.reservation ? { reservation: input.reservation } : {}),
      ...(input.participants ? { participants: input.participants } : {}),
      ...(input.mediator ? { mediator: input.mediator } : {}),
    });
    return () => domain;
  }
  const options = {
    preconditions: settings.preconditions,
    ...(settings.start === undefined ? {} : { start: settings.start }),
  };
  const uncertainty = input.uncertainty;
  if (!uncertainty) {
    const domain = scenarioDomain(input.scenario, options);
    return () => domain;
  }
  return (run) =>
    scenarioDomain(
      sampleScenario(input.scenario, uncertainty, rng(settings.seed).fork(run).fork(-1)),
      options,
    );
}

/** Plays runs `from` … `to − 1` (each seeded by its index only) and returns their records in order. */
export function runChunk(
  source: DomainSource,
  settings: RunSettings,
  from: number,
  to: number,
): SessionRecord[] {
  const play = protocol(settings.protocol);
  const root = rng(settings.seed);
  const out: SessionRecord[] = [];
  for (let run = from; run < to; run++) {
    const domain = source(run);
    if (domain.participants.length === 0)
      throw new EngineError("invalid_argument", "no participant with preferences");
    const negotiators = domain.participants.map((c) => {
      const id = domain.space.parties[c]!;
      return createNegotiator(settings.strategies[id] ?? settings.defaultStrategy);
    });
    out.push(
      play(domain, {
        maxRounds: settings.maxRounds,
        daysPerRound: settings.daysPerRound,
        negotiators,
        rng: root.fork(run),
        ...(settings.patience === undefined ? {} : { patience: settings.patience }),
        ...(settings.mutations === undefined ? {} : { mutations: settings.mutations }),
        trace: settings.trace,
        run,
      }),
    );
  }
  return out;
}
