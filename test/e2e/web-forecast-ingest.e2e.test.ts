/**
 * End-to-end test of the workbench's Forecast and Ingest tabs: `impasse serve` as a child process (fresh SQLite
 * store holding the bundled scenario) driven by playwright-core and Debian's Chromium. The ingest part reads the
 * seed article from ../shared/seed and is skipped, saying so, when that folder is missing. Screenshots go to
 * `test-artifacts/web-forecast*.png` and `web-ingest*.png`.
 * @module
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CHROMIUM,
  ensureWebBuild,
  type ImpasseServe,
  launchChromium,
  type PageWatch,
  ROOT,
  startImpasseServe,
  stopImpasseServe,
  watchPage,
} from "./impasseServe.js";

const ARTIFACTS = join(ROOT, "test-artifacts");
const SEED_DIR = join(ROOT, "../shared/seed");
const hasChromium = existsSync(CHROMIUM);
const seedFile = existsSync(SEED_DIR) ? readdirSync(SEED_DIR).find((f) => f.endsWith(".txt")) : undefined;

if (!hasChromium)
  console.log(`web forecast/ingest e2e skipped: ${CHROMIUM} is missing (apt-get install -y chromium)`);
if (hasChromium && !seedFile) console.log("web ingest e2e skipped: ../shared/seed is missing");

describe.skipIf(!hasChromium)("Forecast and Ingest tabs in Chromium against impasse serve", () => {
  let dataDir: string;
  let server: ImpasseServe;
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;

  const shot = (name: string, fullPage = true) =>
    page.screenshot({ path: join(ARTIFACTS, `web-${name}.png`), fullPage });

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    dataDir = mkdtempSync(join(tmpdir(), "impasse-web-fi-e2e-"));
    await ensureWebBuild();
    server = await startImpasseServe(dataDir);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(50_000);
    watch = watchPage(page, server.url);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (server) await stopImpasseServe(server.child);
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }, 120_000);

  it("the Forecast tab draws a trajectory chart per dimension of the bundled scenario, with the model disagreement", async () => {
    await page.goto(`${server.url}/#/scenario/london-2025`);
    await page.locator("[data-verdict]").waitFor();
    await page.getByRole("tab", { name: "Forecast" }).click();
    const charts = page.locator(".trajectory-chart");
    await expect.poll(() => page.locator(".trajectory-chart svg").count(), { timeout: 50_000 }).toBe(4);
    expect(await page.locator("[data-testid=disagreement]").textContent()).toMatch(
      /^Models disagree most on /,
    );
    expect(await page.locator(".forecast-table tbody tr").count()).toBe(5);
    const territory = page.locator('.trajectory-chart[data-dimension="territory"]');
    expect(await territory.locator("[role=img]").getAttribute("aria-label")).toMatch(
      /forecast \d+\.\d; modal \d+\.\d \(p=0\.\d\d\); IQR .* over 100 runs; status quo 78\.0\./,
    );
    // one line per actor (RU, UA, US, EU/UK), a dot per actor and state
    expect(await territory.locator('svg g[aria-label="line"] path').count()).toBe(4);
    expect(
      await territory.locator('svg g[aria-label="dot"] path, svg g[aria-label="dot"] circle').count(),
    ).toBeGreaterThanOrEqual(4 * 15);
    expect(await charts.count()).toBe(4);
    await shot("forecast");
    await page.getByLabel("Trajectory of").selectOption("bdm");
    await expect
      .poll(() => page.locator("[data-testid=forecast-model]").textContent())
      .toMatch(/^bdm: 11 states/);
    await shot("forecast-bdm", false);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator(".forecast").scrollIntoViewIfNeeded();
    await shot("forecast-narrow", false);
    await page.setViewportSize({ width: 1280, height: 900 });
  }, 120_000);

  it.skipIf(!seedFile)(
    "the Ingest tab reads the seed article, lists Russia's demands with their evidence, and saves an accepted subset as version 2",
    async () => {
      const text = readFileSync(join(SEED_DIR, seedFile!), "utf8");
      if (!page.url().includes("#/scenario/")) {
        await page.goto(`${server.url}/#/scenario/london-2025`);
        await page.locator("[data-verdict]").waitFor();
      }
      await page.getByRole("tab", { name: "Ingest" }).click();
      await page.getByLabel("Article text").fill(text);
      await page.getByLabel("Article date").fill("2025-04-23");
      await page.getByRole("button", { name: "Read the article" }).click();
      await page.locator(".ingest-claims").waitFor();
      const demands = page.locator('.ingest-claims tr[data-claim^="RU demands "]');
      expect(await demands.count()).toBe(8);
      for (const t of ["Odesa Oblast", "Kharkiv Oblast", "Dnipropetrovsk Oblast", "Mykolaiv Oblast"])
        expect(await page.locator(".ingest-claims").textContent()).toContain(t);
      expect(await page.locator(".evidence-text mark").count()).toBeGreaterThan(2);
      await demands.first().getByRole("button").click();
      expect(await page.locator(".evidence-text mark.active").textContent()).toContain(
        "They want Ukraine to give up",
      );

      // Accept only the new claims (Russia's demands on regions the scenario did not list).
      await page.getByRole("button", { name: "Reject all" }).click();
      const claims = page.locator('.ingest-changes li[data-op="addClaim"] input[type=checkbox]');
      const n = await claims.count();
      expect(n).toBeGreaterThanOrEqual(4);
      for (let i = 0; i < n; i++) await claims.nth(i).check();
      await expect.poll(() => page.locator(".ingest-diff li").count(), { timeout: 50_000 }).toBe(n + 1);
      expect(await page.locator(".ingest-diff").textContent()).toMatch(/\+ sources\["ingest-2025-04-23/);
      await page.getByLabel("Version message").fill("Russia's demands from the seed article");
      await shot("ingest");
      await page.locator(".ingest-claims").screenshot({ path: join(ARTIFACTS, "web-ingest-claims.png") });
      await page.locator(".evidence-text").screenshot({ path: join(ARTIFACTS, "web-ingest-evidence.png") });
      await page.locator(".ingest-diff").screenshot({ path: join(ARTIFACTS, "web-ingest-diff.png") });
      await page.getByRole("button", { name: "Save accepted changes as a new version" }).click();
      await expect
        .poll(() => page.locator("[data-testid=version]").textContent(), { timeout: 50_000 })
        .toBe("v2");
      expect(await page.locator(".ingest [role=status]").textContent()).toBe(
        `Saved ${n} accepted changes as version 2.`,
      );

      const versions = (await (await fetch(`${server.url}/api/scenarios/london-2025/versions`)).json()) as {
        versions: { version: number; message: string }[];
      };
      expect(versions.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
      expect(versions.versions[0].message).toBe("Russia's demands from the seed article");
      const diff = (await (
        await fetch(`${server.url}/api/scenarios/london-2025/diff?from=1&to=2`)
      ).json()) as {
        changes: { kind: string }[];
      };
      expect(diff.changes).toHaveLength(n + 1);
      expect(diff.changes.every((c: { kind: string }) => c.kind === "added")).toBe(true);
      await shot("ingest-saved", false);
    },
    120_000,
  );

  it("made no request outside its origin, got no error response and logged no console error", () => {
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.failedResponses).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });
});
