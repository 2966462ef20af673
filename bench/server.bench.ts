/**
 * Load benchmark of the HTTP API: starts `impasse serve` as a child process on a fresh data directory (so the
 * load generator and the server do not share an event loop), times the first (cold) analysis of the bundled
 * scenario, then drives the scenario-read and analysis endpoints with autocannon for a fixed duration each and
 * reports requests/s, p50/p99 latency and errors. Target: zero errors and a p99 under 100 ms for the bundled
 * scenario's analysis (served from the per-version cache). `npx tsx bench/server.bench.ts` runs it standalone;
 * `IMPASSE_BENCH_SECONDS` sets the duration per endpoint (default 5).
 * @module
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import autocannon from "autocannon";

const BIN = fileURLToPath(new URL("../bin/impasse.js", import.meta.url));

interface Endpoint {
  name: string;
  path: string;
}

const ENDPOINTS: Endpoint[] = [
  { name: "list scenarios", path: "/api/scenarios" },
  { name: "read scenario", path: "/api/scenarios/london-2025" },
  { name: "analysis (cached per version)", path: "/api/scenarios/london-2025/analysis" },
  { name: "analysis at a date (cached)", path: "/api/scenarios/london-2025/analysis?at=2025-03-18" },
];

async function startServer(dataDir: string) {
  const child = spawn(
    process.execPath,
    [BIN, "serve", "--port", "0", "--data-dir", dataDir, "--log-level", "error"],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.on("exit", (code) => reject(new Error(`impasse serve exited with ${code}: ${out}`)));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      child.on("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return { url, stop };
}

async function load(url: string, seconds: number) {
  const result = await autocannon({ url, duration: seconds, connections: 10, pipelining: 1 });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    latencyMaxMs: result.latency.max,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** Runs the load benchmark and returns one entry per endpoint plus the cold analysis time. */
export async function run(): Promise<Record<string, unknown>> {
  const seconds = Number(process.env.IMPASSE_BENCH_SECONDS ?? 5);
  const dataDir = mkdtempSync(join(tmpdir(), "impasse-bench-"));
  const server = await startServer(dataDir);
  try {
    const started = performance.now();
    const cold = await fetch(`${server.url}/api/scenarios/london-2025/analysis`);
    const coldMs = Math.round(performance.now() - started);
    if (!cold.ok) throw new Error(`cold analysis failed: ${cold.status} ${await cold.text()}`);
    await fetch(`${server.url}/api/scenarios/london-2025/analysis?at=2025-03-18`);
    const endpoints: Record<string, unknown> = {};
    for (const endpoint of ENDPOINTS)
      endpoints[endpoint.name] = await load(`${server.url}${endpoint.path}`, seconds);
    const analysis = endpoints["analysis (cached per version)"] as {
      latencyP99Ms: number;
      errors: number;
      non2xx: number;
    };
    return {
      secondsPerEndpoint: seconds,
      connections: 10,
      coldAnalysisMs: coldMs,
      endpoints,
      target: { analysisP99Ms: 100, errors: 0 },
      targetMet: analysis.latencyP99Ms < 100 && analysis.errors === 0 && analysis.non2xx === 0,
    };
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const result = await run();
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
