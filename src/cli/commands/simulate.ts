/**
 * `impasse simulate [FILE]`: Monte Carlo negotiation simulation of a scenario — how often negotiators reach a
 * deal, how fast, on what terms, and what derails them. A progress bar on a terminal, none when piped;
 * Ctrl-C stops cleanly and reports the completed runs as partial.
 * @module
 */
import { closeSync, openSync, readFileSync, writeSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { SingleBar } from "cli-progress";
import type { Command } from "commander";
import { parse as parseYaml } from "yaml";
import { compileScenario } from "../../preferences/index.js";
import {
  type Patience,
  type ProtocolName,
  type SimulationResult,
  simulate,
  type Uncertainty,
  UncertaintySchema,
} from "../../simulate/index.js";
import { type CliIo, ExitError } from "../io.js";
import { loadScenarioFile } from "../loadScenarioFile.js";

interface SimulateFlags {
  runs: string;
  seed: string;
  protocol: string;
  strategy: string[];
  defaultStrategy?: string;
  rounds: string;
  daysPerRound: string;
  start?: string;
  patience?: string;
  preconditions: boolean;
  uncertainty?: string;
  workers?: string;
  json?: boolean;
  trace?: string;
}

const int = (name: string, v: string, min: number): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new ExitError(2, `invalid ${name}: ${v}`);
  return n;
};

function parsePatience(v: string | undefined): Patience | null | undefined {
  if (v === undefined) return undefined;
  if (v === "off") return null;
  const m = /^(\d+)?(?:,(\d+))?$/.exec(v);
  if (!m || (m[1] === undefined && m[2] === undefined))
    throw new ExitError(2, `invalid --patience: ${v} (expected ROUNDS, ROUNDS,DAYS, ,DAYS or off)`);
  return {
    ...(m[1] === undefined ? {} : { rounds: int("--patience rounds", m[1], 1) }),
    ...(m[2] === undefined ? {} : { days: int("--patience days", m[2], 1) }),
  };
}

function parseStrategies(list: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of list) {
    const eq = item.indexOf("=");
    if (eq <= 0 || eq === item.length - 1)
      throw new ExitError(2, `invalid --strategy: ${item} (expected PARTY=NAME[:PARAM])`);
    out[item.slice(0, eq)] = item.slice(eq + 1);
  }
  return out;
}

function readUncertainty(file: string, io: CliIo): Uncertainty {
  let data: unknown;
  try {
    data = parseYaml(readFileSync(path.resolve(io.cwd, file), "utf8"));
  } catch (error) {
    throw new ExitError(1, `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const block = (data as { uncertainty?: unknown } | null)?.uncertainty ?? data;
  const parsed = UncertaintySchema.safeParse(block);
  if (!parsed.success)
    throw new ExitError(
      1,
      `invalid uncertainty in ${file}:\n${parsed.error.issues.map((i) => `  ✖ ${i.message} → at ${i.path.join(".")}`).join("\n")}`,
    );
  return parsed.data;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const f3 = (x: number | null) => (x === null ? "–" : x.toFixed(3));

/** The human-readable report of a simulation. */
export function formatSimulation(r: SimulationResult, title: string): string {
  const lines: string[] = [];
  const who = Object.entries(r.strategies)
    .map(([p, s]) => `${p}: ${s}`)
    .join(", ");
  lines.push(
    `${title} — ${r.runs}${r.partial ? ` of ${r.requestedRuns}` : ""} runs, seed ${r.seed}, ${r.protocol === "mediated" ? "mediated single text" : "alternating offers"}, deadline ${r.maxRounds} rounds${r.start ? ` from ${r.start}` : ""}${r.uncertain ? ", uncertain preferences" : ""}`,
  );
  lines.push(`  strategies: ${who}`);
  if (r.partial) lines.push(`  PARTIAL: interrupted after ${r.runs} of ${r.requestedRuns} runs`);
  lines.push(
    `Agreement: ${pct(r.agreementProbability)} (${r.agreements}/${r.runs}), 95% interval ${pct(r.agreementInterval[0])}–${pct(r.agreementInterval[1])}`,
  );
  if (r.mediator)
    lines.push(
      `Mediator ${r.mediator} exited first: ${pct(r.mediatorExitProbability)}, 95% interval ${pct(r.mediatorExitInterval[0])}–${pct(r.mediatorExitInterval[1])}`,
    );
  const ends = Object.entries(r.end)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${k.replace("_", " ")} ${n}`);
  lines.push(`Ended by: ${ends.join(", ")}`);
  const why: string[] = [];
  if (r.failures.noZopa > 0) why.push(`no zone of agreement at the start in ${r.failures.noZopa} runs`);
  for (const [b, n] of Object.entries(r.failures.blockers)) why.push(`talks blocked (${b}) in ${n} runs`);
  for (const [e, n] of Object.entries(r.failures.errors)) why.push(`strategy error ${e} in ${n} runs`);
  if (why.length > 0) lines.push(`Why: ${why.join("; ")}`);
  if (r.agreements > 0) {
    const d = r.roundsToAgreement;
    lines.push(`Rounds to agreement: median ${d.median}, mean ${f3(d.mean)}, range ${d.min}–${d.max}`);
    for (const [p, u] of Object.entries(r.utilities))
      lines.push(`  ${p} utility: mean ${f3(u.mean)}, 5–95% ${f3(u.p05)}–${f3(u.p95)}`);
    if (r.paretoDistance.n > 0)
      lines.push(
        `Distance to the Pareto frontier: mean ${f3(r.paretoDistance.mean)}, max ${f3(r.paretoDistance.max)}; to the Nash point: mean ${f3(r.nashDistance.mean)}`,
      );
    else
      lines.push(
        "Distance to the Pareto frontier: none (no frontier within every red line, or not computed)",
      );
    if (r.breachingAgreements > 0)
      lines.push(`  ${r.breachingAgreements} agreements breach a participant's red lines`);
    const settled = Object.entries(r.outcomes)
      .map(([issue, row]) => {
        const [option, share] = Object.entries(row).sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
        return { issue, option, share };
      })
      .filter((x) => x.share < 1)
      .slice(0, 12);
    if (settled.length > 0) {
      lines.push("Contested issues in the agreements (most frequent option):");
      for (const s of settled) lines.push(`  ${s.issue}: ${s.option} ${pct(s.share)}`);
    }
  }
  for (const w of r.warnings) lines.push(`warning: ${w}`);
  return `${lines.join("\n")}\n`;
}

/** Registers `impasse simulate`. */
export function register(program: Command, io: CliIo): void {
  program
    .command("simulate")
    .description(
      "simulate negotiations (Monte Carlo): agreement probability, rounds, outcomes, why talks fail",
    )
    .argument("[file]", "scenario file (YAML or JSON); default: the bundled London 2025 scenario")
    .option("--runs <n>", "number of runs", "200")
    .option("--seed <s>", "seed (the same seed gives the same result)", "1")
    .option("--protocol <name>", "alternating | mediated", "alternating")
    .option(
      "--strategy <PARTY=NAME[:PARAM]>",
      "strategy of a party, repeatable: boulware[:E] linear conceder[:E] titForTat[:D] hardliner random[:P] redLineKeeper[:INNER]",
      (v: string, acc: string[]) => [...acc, v],
      [] as string[],
    )
    .option(
      "--default-strategy <spec>",
      "strategy of parties without --strategy (default redLineKeeper:boulware)",
    )
    .option("--rounds <n>", "deadline in rounds", "100")
    .option("--days-per-round <n>", "simulated calendar days per round", "1")
    .option("--start <date>", "first day of talks (default: the scenario's date)")
    .option(
      "--patience <spec>",
      "mediator patience: ROUNDS, ROUNDS,DAYS, ,DAYS or off (default: the scenario's)",
    )
    .option("--no-preconditions", "ignore preconditions (parties talk whatever the agenda)")
    .option(
      "--uncertainty <file>",
      "YAML/JSON uncertainty block (default: the scenario's `uncertainty`, if any)",
    )
    .option(
      "--workers <n>",
      "worker threads (0: in this thread; default: the cores for ≥ 5,000 runs, or ≥ 20 runs with uncertainty)",
    )
    .option("--json", "print the result as JSON")
    .option("--trace <file>", "write every offer and response as JSON lines (use with few runs)")
    .action(async (file: string | undefined, opts: SimulateFlags) => {
      const runs = int("--runs", opts.runs, 1);
      const seed = Number(opts.seed);
      if (!Number.isFinite(seed)) throw new ExitError(2, `invalid --seed: ${opts.seed}`);
      if (opts.protocol !== "alternating" && opts.protocol !== "mediated")
        throw new ExitError(2, `unknown protocol: ${opts.protocol} (alternating or mediated)`);
      if (opts.start !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.start))
        throw new ExitError(2, `invalid --start date: ${opts.start} (expected YYYY-MM-DD)`);
      const strategies = parseStrategies(opts.strategy);
      const patience = parsePatience(opts.patience);
      const { scenario } = loadScenarioFile(file, io);
      const known = new Set(scenario.parties.map((p) => p.id));
      for (const p of Object.keys(strategies))
        if (!known.has(p)) throw new ExitError(2, `unknown party in --strategy: ${p}`);
      const uncertainty = opts.uncertainty === undefined ? undefined : readUncertainty(opts.uncertainty, io);
      // Threads pay off when runs are many or each run compiles its own drawn scenario; results are the same.
      const uncertain =
        uncertainty !== undefined || (scenario as { uncertainty?: unknown }).uncertainty !== undefined;
      const workers =
        opts.workers === undefined
          ? runs >= 5000 || (uncertain && runs >= 20)
            ? availableParallelism()
            : 0
          : int("--workers", opts.workers, 0);

      let fd: number | undefined;
      if (opts.trace !== undefined) {
        fd = openSync(path.resolve(io.cwd, opts.trace), "w");
        const compiled = compileScenario(scenario, opts.start ?? scenario.date);
        writeSync(
          fd,
          `${JSON.stringify({ type: "header", scenario: scenario.id, seed, protocol: opts.protocol, issues: compiled.issues.map((i) => ({ id: i.id, options: i.options })) })}\n`,
        );
      }
      const bar =
        io.isTTY && !opts.json
          ? new SingleBar({
              stream: process.stderr,
              hideCursor: true,
              format: "simulating [{bar}] {value}/{total} runs",
            })
          : undefined;
      bar?.start(runs, 0);
      const controller = new AbortController();
      const onInterrupt = () => controller.abort();
      process.once("SIGINT", onInterrupt);
      let result: SimulationResult;
      try {
        result = await simulate(
          { kind: "scenario", scenario },
          {
            runs,
            seed,
            protocol: opts.protocol as ProtocolName,
            strategies,
            ...(opts.defaultStrategy === undefined ? {} : { defaultStrategy: opts.defaultStrategy }),
            maxRounds: int("--rounds", opts.rounds, 1),
            daysPerRound: int("--days-per-round", opts.daysPerRound, 0),
            ...(opts.start === undefined ? {} : { start: opts.start }),
            ...(patience === undefined ? {} : { patience }),
            preconditions: opts.preconditions,
            ...(uncertainty === undefined ? {} : { uncertainty }),
            workers,
            trace: fd !== undefined,
            signal: controller.signal,
            onProgress: (done) => bar?.update(done),
            onTrace: (lines) => {
              if (fd !== undefined) writeSync(fd, `${lines.join("\n")}\n`);
            },
          },
        );
      } finally {
        process.off("SIGINT", onInterrupt);
        bar?.stop();
        if (fd !== undefined) closeSync(fd);
      }
      io.stdout(
        opts.json ? `${JSON.stringify(result, null, 2)}\n` : formatSimulation(result, scenario.title),
      );
      if (result.partial)
        throw new ExitError(130, `interrupted: partial results (${result.runs} of ${runs} runs)`);
    });
}
