/**
 * `npm run eval:ingest`: prints precision, recall and F1 for actors, territories and claims on the
 * project's labelled texts, per split (tuned / dev / sealed), for the project's set (tuned + dev) and for
 * all texts. `--verbose` lists every miss, except on sealed texts (only their counts are printed, so that
 * the person changing the rules does not learn them; `--open-sealed` lists those too).
 * @module
 */
import { evaluateIngest, SPLITS, type SplitScore } from "./evaluateIngest.js";

const verbose = process.argv.includes("--verbose") || process.argv.includes("-v");
const openSealed = process.argv.includes("--open-sealed");
const evaluation = evaluateIngest();
const pct = (x: number) => `${(100 * x).toFixed(1).padStart(5)}%`;
const line = (label: string, s: SplitScore) =>
  (["actors", "territories", "claims"] as const)
    .map(
      (k) =>
        `  ${label.padEnd(12)} ${k.padEnd(12)} P ${pct(s[k].precision)}  R ${pct(s[k].recall)}  F1 ${pct(s[k].f1)}`,
    )
    .join("\n");

for (const t of evaluation.texts) {
  const s = t.score;
  const f = (c: { tp: number; fp: number; fn: number }) => `${c.tp}/${c.tp + c.fp}/${c.tp + c.fn}`;
  process.stdout.write(
    `${t.name.padEnd(36)} ${t.split.padEnd(7)} actors ${f(s.actors).padEnd(8)} territories ${f(s.territories).padEnd(8)} claims ${f(s.claims)}\n`,
  );
  if (verbose && (t.split !== "sealed" || openSealed))
    for (const k of ["actors", "territories", "claims"] as const) {
      for (const x of s[k].falsePositives) process.stdout.write(`    + ${k}: ${x}\n`);
      for (const x of s[k].falseNegatives) process.stdout.write(`    - ${k}: ${x}\n`);
    }
}
process.stdout.write("  (counts: correct / predicted / labelled)\n\n");
process.stdout.write(
  "  rules and claim model (tuned and dev texts read by a model trained without their batch; sealed texts by the shipped model)\n",
);
for (const s of SPLITS)
  process.stdout.write(`${line(`${s}(${evaluation.splits[s].texts})`, evaluation.splits[s])}\n`);
process.stdout.write(`${line(`project(${evaluation.project.texts})`, evaluation.project)}\n`);
process.stdout.write(`${line(`all(${evaluation.all.texts})`, evaluation.all)}\n`);
process.stdout.write("\n  rules alone (claims)\n");
const claimsLine = (label: string, s: SplitScore) =>
  `  ${label.padEnd(12)} claims       P ${pct(s.claims.precision)}  R ${pct(s.claims.recall)}  F1 ${pct(s.claims.f1)}\n`;
for (const s of SPLITS)
  process.stdout.write(claimsLine(`${s}(${evaluation.rules.splits[s].texts})`, evaluation.rules.splits[s]));
process.stdout.write(claimsLine(`project(${evaluation.rules.project.texts})`, evaluation.rules.project));
process.stdout.write(
  `\n  second annotator vs first on the same texts (blind, GUIDELINE.md): the human agreement\n${line(`human(${evaluation.agreement.texts})`, evaluation.agreement)}\n`,
);
if (evaluation.skipped.length > 0)
  process.stdout.write(`skipped (text not found): ${evaluation.skipped.join(", ")}\n`);
