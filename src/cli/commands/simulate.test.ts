import { spawn } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCliCaptured } from "../../../test/runCliCaptured.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

async function cli(...argv: string[]) {
  const r = await runCliCaptured(argv, repoRoot);
  return { code: r.code, out: r.stdout, err: r.stderr };
}

describe("impasse simulate", () => {
  it("reports the bundled scenario's agreement probability and why the talks fail", async () => {
    const r = await cli("simulate", "--runs", "10", "--workers", "0");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Agreement: 0\.0% \(0\/10\), 95% interval 0\.0%–27\.8%/);
    expect(r.out).toMatch(/Mediator US exited first: 100\.0%/);
    expect(r.out).toMatch(/no zone of agreement at the start in 10 runs/);
    expect(r.out).toMatch(
      /talks blocked \(preconditions RU:withdrawal-before-ceasefire, UA:ceasefire-first\) in 10 runs/,
    );
    expect(r.err).toBe("");
  });

  it("--json is byte-identical with 1 and 2 workers", async () => {
    const args = [
      "simulate",
      "--runs",
      "6",
      "--seed",
      "4",
      "--no-preconditions",
      "--patience",
      "off",
      "--rounds",
      "30",
      "--strategy",
      "UA=redLineKeeper:random:0.5",
      "--strategy",
      "RU=random",
      "--json",
    ];
    const one = await cli(...args, "--workers", "1");
    const two = await cli(...args, "--workers", "2");
    expect(one.code).toBe(0);
    expect(two.out).toBe(one.out);
    const result = JSON.parse(one.out);
    expect(result).toMatchObject({
      runs: 6,
      seed: 4,
      protocol: "alternating",
      strategies: { RU: "random", UA: "redLineKeeper:random:0.5" },
    });
  });

  it("--trace FILE writes a header and one JSON line per move", async () => {
    const file = path.join(tmpdir(), `impasse-trace-${process.pid}.jsonl`);
    try {
      const r = await cli(
        "simulate",
        "--runs",
        "2",
        "--protocol",
        "mediated",
        "--no-preconditions",
        "--rounds",
        "5",
        "--workers",
        "0",
        "--trace",
        file,
      );
      expect(r.code).toBe(0);
      const lines = readFileSync(file, "utf8")
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l));
      expect(lines[0]).toMatchObject({ type: "header", scenario: "london-2025", protocol: "mediated" });
      expect(lines[0].issues.length).toBeGreaterThan(100);
      expect(lines.some((l) => l.type === "text" && l.offer.length === lines[0].issues.length)).toBe(true);
      expect(lines.filter((l) => l.type === "end")).toHaveLength(2);
    } finally {
      rmSync(file, { force: true });
    }
  });

  it("Ctrl-C (SIGINT) stops cleanly and reports the completed runs as partial, exit code 130", async () => {
    const child = spawn(
      process.execPath,
      [
        "bin/impasse.js",
        "simulate",
        "--runs",
        "2000000",
        "--workers",
        "0",
        "--no-preconditions",
        "--patience",
        "off",
        "--default-strategy",
        "random",
        "--json",
      ],
      { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] },
    );
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => {
      out += d;
    });
    child.stderr.on("data", (d) => {
      err += d;
    });
    const timer = setTimeout(() => child.kill("SIGINT"), 4000);
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    clearTimeout(timer);
    expect(code).toBe(130);
    const result = JSON.parse(out);
    expect(result.partial).toBe(true);
    expect(result.requestedRuns).toBe(2000000);
    expect(result.runs).toBeGreaterThan(0);
    expect(result.runs).toBeLessThan(2000000);
    expect(result.rounds).toHaveLength(result.runs);
    expect(err).toMatch(/interrupted: partial results/);
  });

  it("rejects bad arguments with exit code 2 and a message naming them", async () => {
    expect((await cli("simulate", "--runs", "0")).err).toMatch(/invalid --runs: 0/);
    expect((await cli("simulate", "--protocol", "auction")).code).toBe(2);
    expect((await cli("simulate", "--strategy", "XX=boulware")).err).toMatch(
      /unknown party in --strategy: XX/,
    );
    expect((await cli("simulate", "--strategy", "UA")).err).toMatch(/invalid --strategy: UA/);
    expect((await cli("simulate", "--patience", "soon")).err).toMatch(/invalid --patience/);
    const unknown = await cli("simulate", "--runs", "1", "--strategy", "UA=nope", "--workers", "0");
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/unknown strategy: nope/);
  });
});
