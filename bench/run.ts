/**
 * `npm run bench [NAME...]`: runs every `bench/*.bench.ts` (or the ones named, e.g. `pareto`) in its own
 * fresh Node process, one after the other, and merges what each reports into `bench/results.json`.
 *
 * Protocol for a bench file: it exports `run(): Promise<unknown>` returning a JSON-serialisable value (it
 * may print progress or a table to stdout). The dispatcher imports it in a child process
 * (`run.ts --child FILE OUT`), stores the value under the bench's name (file name without `.bench.ts`)
 * with the time of the run, and adds the machine description.
 * @module
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
if (process.argv[2] === "--child") {
  const [file, out] = process.argv.slice(3) as [string, string];
  const mod = (await import(pathToFileURL(file).href)) as { run?: () => Promise<unknown> };
  if (typeof mod.run !== "function") throw new Error(`${file} does not export run()`);
  writeFileSync(out, JSON.stringify(await mod.run()));
  process.exit(0);
}
const available = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts"))
  .sort();
const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const chosen =
  wanted.length === 0 ? available : wanted.map((w) => (w.endsWith(".bench.ts") ? w : `${w}.bench.ts`));
for (const c of chosen) {
  if (!available.includes(c)) {
    process.stderr.write(`unknown bench: ${c} (available: ${available.join(", ")})\n`);
    process.exit(2);
  }
}
const resultsPath = join(here, "results.json");
const previous = existsSync(resultsPath)
  ? (JSON.parse(readFileSync(resultsPath, "utf8")) as Record<string, unknown>)
  : {};
const benches = { ...((previous.benches as Record<string, unknown> | undefined) ?? {}) };
const scratch = mkdtempSync(join(tmpdir(), "impasse-bench-"));
let failed = 0;
for (const file of chosen) {
  const name = file.replace(/\.bench\.ts$/, "");
  const out = join(scratch, `${name}.json`);
  process.stdout.write(`\n== ${name} ==\n`);
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), "--child", join(here, file), out],
    {
      stdio: "inherit",
    },
  );
  if (child.status !== 0 || !existsSync(out)) {
    process.stderr.write(`bench ${name} failed (exit ${child.status})\n`);
    failed++;
    continue;
  }
  benches[name] = { ranAt: new Date().toISOString(), result: JSON.parse(readFileSync(out, "utf8")) };
}
rmSync(scratch, { recursive: true, force: true });
const machine = {
  node: process.version,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model,
  memoryGiB: totalmem() / 2 ** 30,
};
writeFileSync(resultsPath, `${JSON.stringify({ machine, benches }, null, 2)}\n`);
process.stdout.write(`\nwrote ${resultsPath}\n`);
process.exit(failed > 0 ? 1 : 0);
