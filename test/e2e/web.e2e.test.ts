/**
 * End-to-end test of the web workbench: `impasse serve` runs as a child process on 127.0.0.1 (port chosen by the
 * system, fresh SQLite store) and playwright-core drives Debian's Chromium against it. Screenshots go to
 * `test-artifacts/`. Skips, saying why, when /usr/bin/chromium is missing.
 * @module
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
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
const hasChromium = existsSync(CHROMIUM);

if (!hasChromium) {
  console.log(`web e2e skipped: ${CHROMIUM} is missing (install it with: apt-get install -y chromium)`);
}

describe.skipIf(!hasChromium)("web workbench in Chromium against impasse serve", () => {
  let dataDir: string;
  let server: ImpasseServe;
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;

  const shot = (name: string, fullPage = true) =>
    page.screenshot({ path: join(ARTIFACTS, `web-${name}.png`), fullPage });
  const verdict = () => page.locator("[data-verdict]").getAttribute("data-verdict");

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    dataDir = mkdtempSync(join(tmpdir(), "impasse-web-e2e-"));
    await ensureWebBuild();
    server = await startImpasseServe(dataDir);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(50_000);
    watch = watchPage(page, server.url);
  });

  afterAll(async () => {
    await browser?.close();
    if (server) await stopImpasseServe(server.child);
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }, 120_000);

  it("the page loads and shows the deadlock verdict, the conflicts and the map", async () => {
    await page.goto(`${server.url}/`);
    await page.locator("[data-verdict]").waitFor();
    expect(await verdict()).toBe("deadlock");
    expect(await page.locator(".verdict-summary").textContent()).toMatch(/deadlock/i);
    await expect.poll(() => page.url(), { timeout: 50_000 }).toContain("#/scenario/london-2025");
    expect(await page.locator("path[data-territory]").count()).toBe(27);
    expect(await page.locator('path[data-territory="UA-43"]').getAttribute("data-claim")).toBe("formal");
    expect(await page.locator('path[data-territory="UA-51"]').getAttribute("data-claim")).toBe("rhetorical");
    const firstCard = page.locator(".conflict-card").first();
    expect(await firstCard.textContent()).toMatch(/Russian Federation: .+ ⟂ Ukraine: /);
    await firstCard.hover();
    expect(await page.locator(".outline.highlighted").count()).toBeGreaterThan(0);
    await page.locator('path[data-territory="UA-14"]').click();
    expect(await page.locator(".territory-details").textContent()).toContain("Donetsk");
    await shot("1-deadlock");
    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate("window.scrollTo(0, 0)");
    await shot("1-deadlock-narrow", false);
    await page.setViewportSize({ width: 1280, height: 800 });
  }, 120_000);

  it("moving the slider changes the map and the date of the analysis", async () => {
    const donetsk = page.locator('path[data-territory="UA-14"]');
    const before = {
      share: await donetsk.getAttribute("data-share"),
      fill: await donetsk.getAttribute("fill"),
    };
    const slider = page.locator("#timeline-slider");
    await slider.focus();
    await page.keyboard.press("Home");
    const first = await page.locator("[data-testid=timeline-date]").textContent();
    expect(first).not.toBe("2025-04-23");
    await expect
      .poll(() => page.locator(".verdict-date").textContent(), { timeout: 50_000 })
      .toBe(` at ${first}`);
    const after = {
      share: await donetsk.getAttribute("data-share"),
      fill: await donetsk.getAttribute("fill"),
    };
    expect(after).not.toEqual(before);
    await shot("2-slider-start");
    await page.keyboard.press("End");
    await expect
      .poll(() => page.locator("[data-testid=timeline-date]").textContent(), { timeout: 50_000 })
      .not.toBe(first);
    await page.getByRole("button", { name: /back to the scenario date/ }).click();
    await expect
      .poll(() => page.locator(".verdict-date").textContent(), { timeout: 50_000 })
      .toBe(" at 2025-04-23");
    expect(await donetsk.getAttribute("data-share")).toBe(before.share);
  }, 120_000);

  it("relaxing a red line in the what-if editor turns the verdict into a zone of agreement", async () => {
    await page.getByRole("tab", { name: "What-if" }).click();
    await page.getByLabel("Party", { exact: true }).selectOption("UA");
    const redLine = page.locator('input[data-redline="UA:no-cession"]');
    expect(await redLine.isChecked()).toBe(true);
    await redLine.uncheck();
    await expect.poll(verdict, { timeout: 50_000 }).toBe("zopa");
    expect(await page.locator(".badge.draft").count()).toBe(1);
    await shot("3-whatif-zopa");
  }, 120_000);

  it("saving the what-if as a new version keeps it across a reload", async () => {
    await page.getByLabel("Version message").fill("Ukraine relaxes its no-cession red line (what-if)");
    await page.getByRole("button", { name: "Save as new version" }).click();
    await expect
      .poll(() => page.locator("[data-testid=version]").textContent(), { timeout: 50_000 })
      .toBe("v2");
    await page.reload();
    await page.locator("[data-verdict]").waitFor();
    expect(await page.locator("[data-testid=version]").textContent()).toBe("v2");
    expect(await verdict()).toBe("zopa");
    expect(await page.locator(".badge.draft").count()).toBe(0);
    await page.getByRole("tab", { name: "Versions" }).click();
    await page.locator(".version-list li").first().waitFor();
    expect(await page.locator(".version-list li").first().textContent()).toContain(
      "Ukraine relaxes its no-cession red line",
    );
    await page.locator(".diff-changes li").first().waitFor();
    expect(await page.locator(".diff-changes").textContent()).toContain("no-cession");
    await shot("4-saved-version");
  }, 120_000);

  it("made no request outside its origin, got no error response and logged no console error", () => {
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.failedResponses).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });

  // After the check above: the Pareto chart asks POST /api/pareto, which the server may not offer yet.
  it("the charts tab draws each party's utility against its reservation value", async () => {
    await page.getByRole("tab", { name: "Charts" }).click();
    const chart = page.locator(".utility-chart");
    await chart.locator("svg").first().waitFor();
    expect(await chart.locator("figcaption").textContent()).toContain(
      "Nash-best outcome of the zone of agreement",
    );
    expect(await chart.textContent()).toMatch(/Russian Federation: \d\.\d\d vs reservation 0\.\d\d/);
    await page.locator(".pareto-chart svg, .charts .error").first().waitFor();
    await shot("5-charts");
  }, 120_000);
});
