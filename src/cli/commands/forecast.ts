/**
 * `impasse forecast [FILE]`: where positions are likely to converge, by model, with a spread.
 * @module
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { checkSpatialProblem } from "../../forecast/checkSpatialProblem.js";
import { forecastReport, forecastRuns } from "../../forecast/forecastReport.js";
import type { ForecastResult } from "../../forecast/forecastResult.js";
import { disagreementLine, type ForecastSpread } from "../../forecast/forecastSpread.js";
import { formatFixed } from "../../forecast/formatFixed.js";
import { type ForecastFormat, readForecastText } from "../../forecast/readForecastText.js";
import { type ForecastModel, forecastModels } from "../../forecast/runForecast.js";
import type { SpatialProblem } from "../../forecast/spatialProblem.js";
import { bundledScenarioPath } from "../bundledScenario.js";
import { type CliIo, ExitError } from "../io.js";

/** The bundled scenario, whose `forecast` block is used when no file is given. */
const bundled = bundledScenarioPath;

function parseVariants(list: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of list) {
    const eq = item.indexOf("=");
    if (eq <= 0) throw new ExitError(2, `invalid --variant: ${item} (expected KEY=VALUE)`);
    out[item.slice(0, eq).trim()] = item.slice(eq + 1).trim();
  }
  return out;
}

function intOption(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new ExitError(2, `invalid ${name}: ${v}`);
  return n;
}

const f1 = (x: number) => formatFixed(x, 1);
const pct = (x: number | null) => (x === null ? "–" : `${Math.round(100 * x)}%`);

function describe(problem: SpatialProblem, result: ForecastResult, spread: ForecastSpread | null): string {
  const lines: string[] = [];
  const head =
    result.model === "smp"
      ? `${result.turns} states${result.converged ? "" : " (turn limit reached)"}`
      : result.model === "bdm"
        ? `${result.turns - 1} rounds${result.converged ? "" : ", still moving (no fixed point)"}`
        : result.model === "exchange"
          ? `${result.turns - 1} rounds, ${result.log.length} exchanges`
          : "one-shot";
  lines.push(`${result.model} — ${head}`);
  problem.dimensions.forEach((d, i) => {
    let line = `  ${d.id.padEnd(12)} forecast ${f1(result.final.expected[i]!).padStart(6)}`;
    if (result.final.modal.probability !== null) {
      line += `  (modal ${f1(result.final.modal.position[i]!)}, p=${formatFixed(result.final.modal.probability, 2)})`;
    }
    const s = spread?.dimensions[i];
    if (s) {
      line += `  median ${f1(s.median)}  IQR ${f1(s.iqr[0])}–${f1(s.iqr[1])}  90% ${f1(s.range90[0])}–${f1(s.range90[1])}`;
      if (s.statusQuo !== null) {
        line += `  vs status quo ${f1(s.statusQuo)}: below ${pct(s.belowStatusQuo)}, at ${pct(s.atStatusQuo)}, above ${pct(s.aboveStatusQuo)}`;
      }
    }
    lines.push(line);
  });
  if (spread) {
    const p = spread.perturbation;
    lines.push(
      `  spread: ${spread.runs} runs, seed ${spread.seed}, ${spread.variants.length} variant${spread.variants.length === 1 ? "" : "s"}` +
        (p
          ? `, inputs perturbed (positions ±${100 * p.position}% of range, salience ±${100 * p.salience}%, capability ±${100 * p.capability}%)`
          : ""),
    );
  }
  return `${lines.join("\n")}\n`;
}

/** Registers `impasse forecast`. */
export function register(program: Command, io: CliIo): void {
  program
    .command("forecast")
    .description(
      "Forecast where positions converge (compromise, weighted median, KTAB SMP, BDM expected utility, exchange) with a spread",
    )
    .argument(
      "[file]",
      "scenario (YAML/JSON with a forecast block), forecast block, KTAB CSV/XML, Decide input, or actor table; default: the bundled scenario",
    )
    .option("-m, --model <model>", `compromise | median | smp | bdm | exchange | all`, "all")
    .option(
      "--variant <KEY=VALUE>",
      "model setting, repeatable (e.g. VotingRule=Binary, probability=eum)",
      (v: string, acc: string[]) => [...acc, v],
      [] as string[],
    )
    .option("--runs <n>", "ensemble runs for the spread (default 100 for scenarios, 0 for imported datasets)")
    .option("--seed <s>", "seed of the spread's random perturbations", "1")
    .option("--no-perturb", "spread over model variants only, without perturbing the inputs")
    .option("--log", "print each model's log of challenges, bargains and exchanges")
    .option("--json", "print JSON: model, turns, history, probabilities, final (+ spread)")
    .action(
      (
        file: string | undefined,
        opts: {
          model: string;
          variant: string[];
          runs?: string;
          seed: string;
          perturb: boolean;
          log?: boolean;
          json?: boolean;
        },
      ) => {
        const source = file ? path.resolve(io.cwd, file) : bundled;
        let text: string;
        try {
          text = readFileSync(source, "utf8");
        } catch (error) {
          throw new ExitError(
            1,
            `cannot read ${file ?? source}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
          );
        }
        const { problem, format } = readForecastText(text, file ?? path.basename(source));
        checkSpatialProblem(problem);
        if (opts.model !== "all" && !(forecastModels as readonly string[]).includes(opts.model)) {
          throw new ExitError(2, `unknown model: ${opts.model} (one of ${forecastModels.join(", ")}, all)`);
        }
        const variant = parseVariants(opts.variant);
        if (opts.model === "all" && Object.keys(variant).length > 0) {
          throw new ExitError(2, "--variant needs a single --model");
        }
        const imported: ForecastFormat[] = ["ktab-csv", "ktab-xml", "decide", "actor-table"];
        const runs = intOption("--runs", opts.runs) ?? (imported.includes(format) ? 0 : 100);
        const seed = Number(opts.seed);
        if (!Number.isFinite(seed)) throw new ExitError(2, `invalid --seed: ${opts.seed}`);
        const results = forecastRuns(problem, {
          model: opts.model === "all" ? "all" : (opts.model as ForecastModel),
          variant,
          runs,
          seed,
          perturb: opts.perturb,
        });
        if (opts.json) {
          io.stdout(`${JSON.stringify(forecastReport(problem, results), null, 2)}\n`);
          return;
        }
        io.stdout(
          `${problem.name} — ${problem.actors.length} actors, ${problem.dimensions.length} dimension${problem.dimensions.length === 1 ? "" : "s"}\n`,
        );
        for (const d of problem.dimensions) {
          const ends =
            d.minLabel && d.maxLabel
              ? ` (${d.min} = ${d.minLabel}; ${d.max} = ${d.maxLabel})`
              : ` (${d.min}–${d.max})`;
          io.stdout(`  ${d.id}: ${d.name}${ends}\n`);
        }
        io.stdout("\n");
        for (const { result, spread } of results) {
          io.stdout(describe(problem, result, spread));
          if (opts.log) for (const e of result.log) io.stdout(`    [${e.turn}] ${e.text}\n`);
        }
        if (results.length > 1)
          io.stdout(
            `\n${disagreementLine(
              problem,
              results.map((r) => r.result),
            )}\n`,
          );
      },
    );
}
