// @vitest-environment happy-dom
import { act } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { ApiClient } from "../api/ApiClient";
import type { ForecastModelJson, Scenario } from "../api/types";
import { scenarioFixture } from "../testing/fixtures";
import { render } from "../testing/render";
import { ForecastPanel } from "./ForecastPanel";
import { trajectoryData } from "./trajectoryData";

const sourced = (value: number) => ({ value, assumption: true, rationale: "test" });
const withForecast: Scenario = {
  ...scenarioFixture,
  forecast: {
    dimensions: [
      {
        id: "territory",
        name: "Territory share",
        scale: { min: 0, max: 100, minLabel: "none", maxLabel: "all" },
        statusQuo: sourced(78),
      },
      {
        id: "sanctions",
        name: "Sanctions relief",
        scale: { min: 0, max: 100, minLabel: "none", maxLabel: "all" },
      },
    ],
    actors: [
      {
        id: "RU",
        name: "Russia",
        party: "RU",
        capability: sourced(100),
        stances: {
          territory: { position: sourced(100), salience: sourced(0.5) },
          sanctions: { position: sourced(100), salience: sourced(0.5) },
        },
      },
      {
        id: "UA",
        name: "Ukraine",
        party: "UA",
        capability: sourced(40),
        stances: {
          territory: { position: sourced(0), salience: sourced(0.5) },
          sanctions: { position: sourced(0), salience: sourced(0.5) },
        },
      },
    ],
  } as unknown as Scenario["forecast"],
};

const smp: ForecastModelJson = {
  model: "smp",
  turns: 3,
  history: [
    [
      [100, 100],
      [0, 0],
    ],
    [
      [90, 80],
      [20, 10],
    ],
    [
      [80, 70],
      [60, 30],
    ],
  ],
  probabilities: null,
  final: { expected: [72, 50], modal: { position: [80, 70], probability: 0.6 } },
  actors: ["RU", "UA"],
  dimensions: ["territory", "sanctions"],
  variant: {},
  converged: true,
  log: [],
  spread: {
    runs: 10,
    seed: 1,
    perturbation: null,
    variants: 1,
    dimensions: [
      {
        id: "territory",
        median: 70,
        iqr: [60, 78],
        range90: [50, 90],
        min: 40,
        max: 95,
        statusQuo: 78,
        belowStatusQuo: 0.7,
        atStatusQuo: 0.1,
        aboveStatusQuo: 0.2,
      },
      {
        id: "sanctions",
        median: 50,
        iqr: [40, 60],
        range90: [30, 70],
        min: 20,
        max: 80,
        statusQuo: null,
        belowStatusQuo: null,
        atStatusQuo: null,
        aboveStatusQuo: null,
      },
    ],
  },
};
const compromise: ForecastModelJson = {
  ...smp,
  model: "compromise",
  turns: 1,
  history: [smp.history[0]!],
  final: { expected: [71.4, 71.4], modal: { position: [71.4, 71.4], probability: null } },
};

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

async function settle(until: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !until(); i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 10));
    });
  }
  if (!until()) throw new Error(`settle: timed out; page: ${document.body.textContent}`);
}

function fakeForecast() {
  const requests: string[] = [];
  const fetch = async (input: string) => {
    requests.push(input);
    const url = new URL(input, "http://127.0.0.1");
    const model = url.searchParams.get("model");
    const body =
      model === "compromise"
        ? { ...compromise, spread: undefined }
        : {
            models: [compromise, smp],
            disagreement: "Models disagree most on sanctions (50.0 to 71.4, 21% of the scale).",
          };
    return new Response(JSON.stringify(body), {
      status: 200,
      headers: { "Content-Type": "application/json" },
    });
  };
  return { fetch, requests };
}

describe("ForecastPanel", () => {
  it("trajectoryData: one chart per dimension with every actor's position per turn, the final forecast, status quo and spread", () => {
    const [territory, sanctions] = trajectoryData(smp, withForecast.forecast);
    expect(territory).toMatchObject({ name: "Territory share", last: 2, expected: 72, statusQuo: 78 });
    expect(territory!.points).toHaveLength(6);
    expect(territory!.points[5]).toEqual({ turn: 2, position: 60, actor: "UA", name: "Ukraine" });
    expect(territory!.spread).toEqual({ median: 70, iqr: [60, 78], range90: [50, 90], runs: 10 });
    expect(sanctions!.statusQuo).toBeNull();
  });

  it("runs all models on opening, draws a trajectory chart per dimension with the disagreement line; a single model without a spread on request", async () => {
    const server = fakeForecast();
    const r = await render(
      <ForecastPanel
        client={new ApiClient({ fetch: server.fetch })}
        scenarioId="fixture"
        version={3}
        scenario={withForecast}
        colors={{ RU: "#c00", UA: "#00c" }}
      />,
    );
    cleanup = r.unmount;
    await settle(() => r.container.querySelectorAll(".trajectory-chart svg").length === 2);
    expect(server.requests[0]).toBe("/api/scenarios/fixture/forecast?model=all&runs=100&seed=1&version=3");
    expect(r.container.querySelector("[data-testid=disagreement]")!.textContent).toMatch(
      /disagree most on sanctions/,
    );
    expect(r.container.querySelectorAll(".forecast-table tbody tr")).toHaveLength(2);
    const chart = r.container.querySelector('.trajectory-chart[data-dimension="territory"]')!;
    expect(chart.querySelector("[role=img]")!.getAttribute("aria-label")).toBe(
      "Territory share: forecast 72.0; modal 80.0 (p=0.60); IQR 60.0–78.0, 90% 50.0–90.0 over 10 runs; status quo 78.0.",
    );
    // two actor lines; the 90% band and the IQR
    expect(chart.querySelectorAll('svg g[aria-label="line"] path')).toHaveLength(2);
    expect(chart.querySelectorAll('svg g[aria-label="rect"] rect')).toHaveLength(2);

    const model = r.container.querySelector("select") as HTMLSelectElement;
    act(() => {
      model.value = "compromise";
      model.dispatchEvent(new Event("change", { bubbles: true }));
    });
    const runs = r.container.querySelector('input[type="number"]') as HTMLInputElement;
    act(() => {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
      setter.call(runs, "0");
      runs.dispatchEvent(new Event("input", { bubbles: true }));
    });
    const button = [...r.container.querySelectorAll("button")].find((b) => b.textContent === "Run forecast")!;
    act(() => button.click());
    await settle(() => r.container.querySelector("[data-testid=disagreement]") === null);
    expect(server.requests.at(-1)).toBe(
      "/api/scenarios/fixture/forecast?model=compromise&runs=0&seed=1&version=3",
    );
    expect(r.container.textContent).toContain("no spread (runs = 0)");
    expect(r.container.querySelectorAll(".trajectory-chart")).toHaveLength(2);
  });

  it("a scenario without a forecast block says so and asks the server nothing", async () => {
    const server = fakeForecast();
    const r = await render(
      <ForecastPanel
        client={new ApiClient({ fetch: server.fetch })}
        scenarioId="fixture"
        version={1}
        scenario={scenarioFixture}
        colors={{}}
      />,
    );
    cleanup = r.unmount;
    expect(r.container.querySelector("[data-testid=no-forecast]")!.textContent).toMatch(/no forecast block/);
    expect(server.requests).toHaveLength(0);
  });
});
