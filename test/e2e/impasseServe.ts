/**
 * Test helper for end-to-end tests of the workbench: builds web/dist when missing, and starts and stops
 * `impasse serve` as a child process on 127.0.0.1 (port chosen by the system) with its own data directory.
 * @module
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const ROOT: string = fileURLToPath(new URL("../..", import.meta.url));

/** A running `impasse serve`. */
export interface ImpasseServe {
  url: string;
  child: ChildProcess;
  log: () => string;
}

/** Builds web/dist when it is missing (npm test builds it before the tests). */
export async function ensureWebBuild(): Promise<void> {
  if (existsSync(join(ROOT, "web/dist/index.html"))) return;
  const { build } = await import("vite");
  await build({ configFile: join(ROOT, "web/vite.config.ts"), logLevel: "warn" });
}

/** Starts `impasse serve` on 127.0.0.1:0 with `dataDir`; resolves with its URL once it listens. */
export function startImpasseServe(dataDir: string): Promise<ImpasseServe> {
  const child = spawn(
    process.execPath,
    [
      join(ROOT, "bin/impasse.js"),
      "serve",
      "--host",
      "127.0.0.1",
      "--port",
      "0",
      "--data-dir",
      dataDir,
      "--log-level",
      "error",
      // Shared machines: allow slow engine work rather than fail on the 10 s default.
      "--analysis-timeout",
      "90000",
    ],
    { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] },
  );
  let log = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`impasse serve did not start:\n${log}`)), 60_000);
    const onData = (d: Buffer) => {
      log += d.toString();
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(log);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve({ url: m[1], child, log: () => log });
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`impasse serve exited with ${code}:\n${log}`));
    });
  });
}

/** Stops the server with SIGTERM (SIGKILL after 10 s). */
export function stopImpasseServe(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/** Debian's Chromium, used by the browser tests. */
export const CHROMIUM = "/usr/bin/chromium";

/** Launches headless Chromium with the flags this machine needs (no sandbox as root, no background networking). */
export async function launchChromium(): Promise<import("playwright-core").Browser> {
  const { chromium } = await import("playwright-core");
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
}

/** What a page did that a test should assert on: console errors, failed responses, requests off the origin. */
export interface PageWatch {
  consoleErrors: string[];
  failedResponses: string[];
  foreignRequests: string[];
}

/** Records console errors, responses ≥ 400 and requests outside `origin` made by `page`. */
export function watchPage(page: import("playwright-core").Page, origin: string): PageWatch {
  const watch: PageWatch = { consoleErrors: [], failedResponses: [], foreignRequests: [] };
  page.on("console", (m) => {
    if (m.type() === "error") watch.consoleErrors.push(m.text());
  });
  page.on("pageerror", (e) => watch.consoleErrors.push(String(e)));
  page.on("response", (r) => {
    if (r.status() >= 400) watch.failedResponses.push(`${r.status()} ${r.request().method()} ${r.url()}`);
  });
  page.on("request", (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith("data:")) watch.foreignRequests.push(r.url());
  });
  return watch;
}
