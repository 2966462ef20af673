/**
 * `impasse ingest ARTICLE...`: reads news articles (plain text, Markdown or HTML), extracts actors,
 * territories, claims and dated events with their evidence, and proposes a scenario patch. `--apply` writes
 * the patched scenario to a NEW file (after printing the diff); the input scenario is never changed.
 * @module
 */
import { randomBytes } from "node:crypto";
import { readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import type { Command } from "commander";
import { parse, stringify } from "yaml";
import {
  applyPatch,
  buildPatch,
  formatPatch,
  type Gazetteer,
  GazetteerSchema,
  type IngestedArticle,
  type IngestResult,
  ingestArticle,
  ingestReport,
} from "../../ingest/index.js";
import { type CliIo, ExitError } from "../io.js";
import { loadScenarioFile } from "../loadScenarioFile.js";

const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

interface IngestOptions {
  scenario?: string;
  gazetteer?: string[];
  date?: string;
  json?: boolean;
  out?: string;
  apply?: string;
  accept?: string;
  format?: "text" | "markdown" | "html";
  /** commander's negation of `--no-model`. */
  model?: boolean;
}

function readText(path: string, what: string): string {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new ExitError(1, `${what}: no such file: ${path}`);
  }
  if (size > MAX_ARTICLE_BYTES)
    throw new ExitError(1, `${what}: ${path} is ${size} bytes; the limit is ${MAX_ARTICLE_BYTES}`);
  return readFileSync(path, "utf8");
}

/** Writes `text` to `path` through a temporary file and a rename, so readers never see half a file. */
function writeAtomically(path: string, text: string): void {
  const temp = `${path}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    writeFileSync(temp, text, { flag: "wx" });
    renameSync(temp, path);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // the temporary file was never created
    }
    throw new ExitError(1, `cannot write ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function summary(file: string, r: IngestResult): string {
  const lines = [`${file}${r.date ? ` (${r.date})` : " (no date: pass --date YYYY-MM-DD to date events)"}`];
  lines.push(
    `  actors: ${r.actors.map((a) => `${a.id}${a.people.length > 0 ? ` (${a.people.join(", ")})` : ""}`).join("; ") || "none"}`,
  );
  lines.push(
    `  territories: ${r.territories.map((t) => `${t.id}${t.unknown ? "?" : ""} ${t.name} [${t.forms.join("/")}]`).join("; ") || "none"}`,
  );
  lines.push(`  claims (${r.claims.length}):`);
  for (const c of r.claims)
    lines.push(
      `    ${c.actor} ${c.negated ? "NOT " : ""}${c.stance} ${c.territory === "*" ? "* (any territory)" : c.territory}${c.scope ? ` (${c.scope}${c.share !== undefined ? ` ${c.share}%` : ""})` : ""}${c.basis ? ` [${c.basis}]` : ""} ${c.confidence.toFixed(2)} @${c.start}–${c.end} ${c.cue === "model" ? "[claim model]" : `"${c.cue}"`}`,
    );
  lines.push(`  events (${r.events.length}):`);
  for (const e of r.events)
    lines.push(
      `    ${e.date ?? "????-??-??"} ${e.kind} ${e.title}${e.parties.length > 0 ? ` [${e.parties.join(", ")}]` : ""} (${e.dateResolution})`,
    );
  return `${lines.join("\n")}\n`;
}

/** Registers `impasse ingest`. */
export function register(program: Command, io: CliIo): void {
  program
    .command("ingest")
    .description(
      "extract actors, territories, claims and events from news articles and propose a scenario patch",
    )
    .argument("<articles...>", "article files: plain text, Markdown (.md) or HTML (.html)")
    .option("--scenario <file>", "scenario whose parties, people and territories are matched and patched")
    .option("--gazetteer <file...>", "extra gazetteer files (YAML/JSON: actors, territories, groups, issues)")
    .option("--date <YYYY-MM-DD>", "the articles' date, used to resolve 'on Tuesday', 'yesterday'…")
    .option("--format <format>", "input format for all articles: text, markdown or html (default: detected)")
    .option("--no-model", "the hand-written rules alone, without the claims the trained claim model adds")
    .option("--json", "print the extraction and the patch as JSON")
    .option("--out <patch>", "write the patch (JSON) to this file")
    .option("--apply <outfile>", "print the diff, then write the patched scenario to this NEW file")
    .option("--accept <ids>", "with --apply: only these change ids (comma-separated; default all)")
    .action((articles: string[], opts: IngestOptions) => {
      if (opts.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.date))
        throw new ExitError(2, `invalid date: ${opts.date} (use YYYY-MM-DD)`);
      if (opts.format !== undefined && !["text", "markdown", "html"].includes(opts.format))
        throw new ExitError(2, `invalid format: ${opts.format} (text, markdown or html)`);
      if (opts.apply !== undefined && opts.scenario === undefined)
        throw new ExitError(2, "--apply needs --scenario FILE (the scenario to patch)");
      if (
        opts.apply !== undefined &&
        opts.scenario !== undefined &&
        resolve(io.cwd, opts.apply) === resolve(io.cwd, opts.scenario)
      )
        throw new ExitError(
          2,
          `refusing to overwrite the input scenario ${opts.scenario}; choose another --apply file`,
        );
      const loaded =
        opts.scenario !== undefined ? loadScenarioFile(resolve(io.cwd, opts.scenario), io) : undefined;
      const gazetteers: Gazetteer[] = (opts.gazetteer ?? []).map((file) => {
        const parsed = GazetteerSchema.safeParse(parse(readText(resolve(io.cwd, file), "gazetteer")));
        if (!parsed.success)
          throw new ExitError(
            1,
            `${file}: invalid gazetteer: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
          );
        return parsed.data;
      });
      const ingested: (IngestedArticle & { file: string })[] = articles.map((file) => {
        const text = readText(resolve(io.cwd, file), "article");
        const result = ingestArticle(text, {
          ...(loaded ? { scenario: loaded.scenario } : {}),
          gazetteers,
          fileName: file,
          ...(opts.date ? { date: opts.date } : {}),
          ...(opts.format ? { format: opts.format } : {}),
          ...(opts.model === false ? { claimModel: false as const } : {}),
        });
        return { result, file: basename(file) };
      });
      const patch = buildPatch(ingested, loaded?.scenario);
      if (opts.out !== undefined)
        writeAtomically(resolve(io.cwd, opts.out), `${JSON.stringify(patch, null, 2)}\n`);
      if (opts.json) {
        io.stdout(`${JSON.stringify(ingestReport(ingested, patch), null, 2)}\n`);
      } else {
        for (const a of ingested) io.stdout(summary(a.file, a.result));
        io.stdout(formatPatch(patch));
      }
      if (opts.apply !== undefined && loaded) {
        const accept = opts.accept
          ?.split(",")
          .map((s) => s.trim())
          .filter(Boolean);
        const next = applyPatch(loaded.scenario, patch, accept ? { accept } : {});
        const target = resolve(io.cwd, opts.apply);
        const text = /\.ya?ml$/i.test(target)
          ? stringify(next, { lineWidth: 0 })
          : `${JSON.stringify(next, null, 2)}\n`;
        if (opts.json) io.stderr(formatPatch(patch));
        writeAtomically(target, text);
        io.stderr(`wrote ${opts.apply} (the input scenario ${opts.scenario} is unchanged)\n`);
      }
    });
}
