/**
 * An in-memory stand-in for the HTTP API (docs/api-contract.md) for component tests: one stored scenario with
 * versions, an analysis that reports a zone of agreement once Russia's Crimea red line is dropped.
 * @module
 */
import type { AnalysisResult, Scenario, VersionMeta } from "../api/types";
import { deadlockFixture, scenarioFixture } from "./fixtures";

function analyse(scenario: Scenario, at: string): AnalysisResult {
  const held = scenario.parties[0]!.preferences?.redLines?.some((r) => r.id === "crimea-sovereignty");
  if (held) return { ...deadlockFixture, at };
  return {
    ...deadlockFixture,
    at,
    verdict: "zopa",
    summary: "1 outcome respects every red line and reservation value.",
    zopa: { exists: true, count: "1", fraction: 0.5 },
    best: { outcome: { "sovereignty@UA-43": "UA" }, utilities: { RU: 0.55, UA: 0.8 }, nashProduct: 0.075 },
    conflicts: [],
    concessions: [],
  };
}

/** The requests the fake saw, as `METHOD path`. */
export interface FakeServer {
  fetch: (input: string, init?: RequestInit) => Promise<Response>;
  requests: string[];
  versions: { meta: VersionMeta; scenario: Scenario }[];
  bodies: unknown[];
}

export function fakeServer(): FakeServer {
  const versions: FakeServer["versions"] = [
    {
      meta: {
        version: 1,
        parent: null,
        author: "test",
        message: "initial",
        createdAt: "2025-01-01T00:00:00Z",
        hash: "h1",
      },
      scenario: scenarioFixture,
    },
  ];
  const requests: string[] = [];
  /** Bodies of the requests, in order (strings, or field=file lists for multipart). */
  const bodies: unknown[] = [];
  const json = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
  const fetch = async (input: string, init: RequestInit = {}): Promise<Response> => {
    const method = init.method ?? "GET";
    const url = new URL(input, "http://127.0.0.1");
    requests.push(`${method} ${url.pathname}${url.search}`);
    bodies.push(init.body);
    const latest = versions.at(-1)!;
    const at = url.searchParams.get("at") ?? scenarioFixture.date;
    const route = `${method} ${url.pathname}`;
    switch (route) {
      case "GET /api/scenarios":
        return json({
          scenarios: [
            {
              id: "fixture",
              title: scenarioFixture.title,
              latestVersion: latest.meta.version,
              updatedAt: latest.meta.createdAt,
              versions: versions.length,
            },
          ],
        });
      case "GET /api/scenarios/fixture": {
        const v = Number(url.searchParams.get("version") ?? latest.meta.version);
        const found = versions.find((x) => x.meta.version === v)!;
        return json({ id: "fixture", version: found.meta, scenario: found.scenario });
      }
      case "GET /api/scenarios/fixture/analysis": {
        const v = Number(url.searchParams.get("version") ?? latest.meta.version);
        return json(analyse(versions.find((x) => x.meta.version === v)!.scenario, at));
      }
      case "GET /api/scenarios/fixture/timeline":
        return json({ entries: [] });
      case "GET /api/scenarios/fixture/versions":
        return json({ versions: versions.map((x) => x.meta).reverse() });
      case "POST /api/validate": {
        const scenario = JSON.parse(String(init.body)) as Scenario;
        const bad = scenario.parties.some((p) => (p.preferences?.reservation?.value ?? 0) > 1);
        return json({
          valid: !bad,
          diagnostics: bad
            ? [
                {
                  code: "too_big",
                  path: "parties[1].preferences.reservation.value",
                  message: "at most 1",
                  severity: "error",
                },
              ]
            : [],
        });
      }
      case "POST /api/analyze":
        return json(analyse(JSON.parse(String(init.body)) as Scenario, at));
      case "POST /api/scenarios/fixture/versions": {
        const ifMatch = new Headers(init.headers).get("If-Match");
        if (ifMatch !== `"${latest.meta.version}"`) {
          return json({ error: { code: "conflict", message: "stale" }, current: latest.meta }, 409);
        }
        const meta: VersionMeta = {
          version: latest.meta.version + 1,
          parent: latest.meta.version,
          author: "workbench",
          message: new Headers(init.headers).get("X-Message") ?? "",
          createdAt: "2025-01-02T00:00:00Z",
          hash: `h${latest.meta.version + 1}`,
        };
        versions.push({ meta, scenario: JSON.parse(String(init.body)) as Scenario });
        return json({ id: "fixture", version: meta }, 201);
      }
      case "POST /api/pareto": {
        if (init.body instanceof FormData) {
          return json({ parties: ["a", "b"], frontier: [{ utilities: [1, 0] }], solutions: {} });
        }
        return json({
          parties: ["RU", "UA"],
          frontier: [{ utilities: [0.9, 0.1] }, { utilities: [0.55, 0.8] }],
        });
      }
      case "POST /api/scenarios": {
        const text = String(init.body);
        if (!text.includes("title:")) {
          return json(
            {
              error: {
                code: "scenario_invalid",
                message: "invalid scenario: 1 error",
                diagnostics: [
                  {
                    code: "required",
                    path: "title",
                    message: "title is required",
                    severity: "error",
                    line: 1,
                    column: 1,
                  },
                ],
              },
            },
            422,
          );
        }
        return json({ id: "uploaded", version: versions[0]!.meta }, 201);
      }
      case "POST /api/scenarios/fixture/fork":
        return json({ id: "fixture-2", version: versions[0]!.meta }, 201);
      default:
        return json({ error: { code: "not_found", message: `no route ${route}` } }, 404);
    }
  };
  return { fetch, requests, versions, bodies };
}
