import type { FactoredSpace } from "../space/index.js";
import type { EndReason, SessionRecord } from "./sessionState.js";
import type { SampleSummary, SimulationResult } from "./simulationResult.js";
import { wilsonInterval } from "./wilsonInterval.js";

/** What {@link summarizeRuns} needs besides the records. */
export interface SummaryContext {
  space: FactoredSpace;
  participants: readonly number[];
  requestedRuns: number;
  partial: boolean;
  seed: number;
  protocol: string;
  maxRounds: number;
  strategies: Record<string, string>;
  mediator: string | null;
  start: string | null;
  uncertain: boolean;
  warnings: readonly string[];
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** Summary statistics of `xs` (in the given order; quantiles by the nearest-rank rule). */
export function describeSample(xs: readonly number[]): SampleSummary {
  const n = xs.length;
  if (n === 0) return { n, mean: null, sd: null, min: null, p05: null, median: null, p95: null, max: null };
  let sum = 0;
  for (const x of xs) sum += x;
  const mean = sum / n;
  let ss = 0;
  for (const x of xs) ss += (x - mean) ** 2;
  const sorted = [...xs].sort((a, b) => a - b);
  const q = (p: number) => sorted[Math.min(n - 1, Math.max(0, Math.ceil(p * n) - 1))]!;
  return {
    n,
    mean: round6(mean),
    sd: round6(n > 1 ? Math.sqrt(ss / (n - 1)) : 0),
    min: round6(sorted[0]!),
    p05: round6(q(0.05)),
    median: round6(q(0.5)),
    p95: round6(q(0.95)),
    max: round6(sorted[n - 1]!),
  };
}

/** Aggregates session records (in run order) into a {@link SimulationResult}. */
export function summarizeRuns(records: readonly SessionRecord[], ctx: SummaryContext): SimulationResult {
  const n = records.length;
  const ids = ctx.participants.map((c) => ctx.space.parties[c]!);
  const end: Record<EndReason, number> = {
    agreement: 0,
    deadline: 0,
    mediator_exit: 0,
    walk_away: 0,
    error: 0,
  };
  const blockers: Record<string, number> = {};
  const errors: Record<string, number> = {};
  let noZopa = 0;
  let blocked = 0;
  const agreed = records.filter((r) => r.end === "agreement");
  for (const r of records) {
    end[r.end]++;
    if (!r.zopa) noZopa++;
    if (r.blockedRounds > 0) blocked++;
    for (const b of r.blockers) blockers[b] = (blockers[b] ?? 0) + 1;
    if (r.error) errors[r.error.code] = (errors[r.error.code] ?? 0) + 1;
  }
  const roundsHistogram: Record<string, number> = {};
  for (const r of records) roundsHistogram[r.rounds] = (roundsHistogram[r.rounds] ?? 0) + 1;
  const outcomes: Record<string, Record<string, number>> = {};
  ctx.space.issues.forEach((issue, i) => {
    const counts = new Array<number>(issue.options.length).fill(0);
    for (const r of agreed) counts[r.outcome![i]!]!++;
    const row: Record<string, number> = {};
    issue.options.forEach((o, k) => {
      row[o] = agreed.length === 0 ? 0 : round6(counts[k]! / agreed.length);
    });
    outcomes[issue.id] = row;
  });
  const utilities: Record<string, SampleSummary> = {};
  ids.forEach((id, i) => {
    utilities[id] = describeSample(agreed.map((r) => r.utilities![i]!));
  });
  const numbers = (xs: (number | null)[]) => xs.filter((x): x is number => x !== null);
  const r6 = ([a, b]: [number, number]): [number, number] => [round6(a), round6(b)];
  return {
    runs: n,
    requestedRuns: ctx.requestedRuns,
    partial: ctx.partial,
    seed: ctx.seed,
    protocol: ctx.protocol,
    maxRounds: ctx.maxRounds,
    strategies: ctx.strategies,
    participants: ids,
    mediator: ctx.mediator,
    start: ctx.start,
    uncertain: ctx.uncertain,
    agreements: agreed.length,
    agreementProbability: n === 0 ? 0 : round6(agreed.length / n),
    agreementInterval: r6(wilsonInterval(agreed.length, n)),
    mediatorExitProbability: n === 0 ? 0 : round6(end.mediator_exit / n),
    mediatorExitInterval: r6(wilsonInterval(end.mediator_exit, n)),
    end,
    failures: { noZopa, blocked, blockers, errors },
    rounds: records.map((r) => r.rounds),
    roundsHistogram,
    roundsToAgreement: describeSample(agreed.map((r) => r.rounds)),
    outcomes,
    utilities,
    paretoDistance: describeSample(numbers(agreed.map((r) => r.paretoDistance))),
    nashDistance: describeSample(numbers(agreed.map((r) => r.nashDistance))),
    breachingAgreements: agreed.filter((r) => r.breaches.length > 0).length,
    belowReservationAgreements: agreed.filter((r) => r.belowReservation.length > 0).length,
    warnings: [...ctx.warnings],
  };
}
