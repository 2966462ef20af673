// @vitest-environment happy-dom
import { act } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { ApiClient } from "../api/ApiClient";
import type { IngestAnswer } from "../api/types";
import { render } from "../testing/render";
import { evidenceSegments } from "./evidenceSegments";
import { IngestPanel } from "./IngestPanel";

const TEXT = "Talks stalled. Moscow wants Ukraine to give up Odesa. Kyiv said no.";
const start = TEXT.indexOf("Moscow");
const end = TEXT.indexOf(" Kyiv");
const evidence = {
  source: "ingest-a",
  text: TEXT.slice(start, end),
  start,
  end,
  confidence: 0.9,
  cue: "wants",
};

const answer: IngestAnswer = {
  id: "fixture",
  version: 2,
  articles: [{ file: "article.txt", date: "2025-04-23", title: null }],
  actors: [
    { id: "RU", name: "Russia", mentions: 1, people: [] },
    { id: "UA", name: "Ukraine", mentions: 2, people: [] },
  ],
  territories: [{ id: "UA-51", name: "Odesa Oblast", mentions: 1, forms: ["Odesa"] }],
  claims: [
    {
      actor: "RU",
      stance: "demands",
      territory: "UA-51",
      targetName: "Odesa Oblast",
      negated: false,
      basis: "formal_demand",
      evidence: evidence.text,
      start,
      end,
      cue: "wants",
      confidence: 0.9,
      article: "article.txt",
    },
  ],
  events: [],
  patch: {
    scenario: "fixture",
    changes: [
      {
        id: "c1",
        op: "addSource",
        sourceId: "ingest-a",
        source: { title: "article.txt", date: "2025-04-23" },
      },
      {
        id: "c2",
        op: "addClaim",
        territory: "UA-51",
        stance: "demands",
        claim: { party: "RU", basis: "formal_demand", source: "ingest-a" },
        evidence,
      },
      { id: "c3", op: "addNote", note: "[ingest-a] Russia wants Odesa", evidence },
    ],
    skipped: [{ reason: "already in the scenario", summary: "RU demands UA-43" }],
  },
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

function fakeIngest() {
  const requests: { method: string; path: string; body: unknown; headers: Headers }[] = [];
  const json = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
  const fetch = async (input: string, init: RequestInit = {}) => {
    const body = init.body ? JSON.parse(String(init.body)) : undefined;
    const url = new URL(input, "http://127.0.0.1");
    requests.push({
      method: init.method ?? "GET",
      path: url.pathname + url.search,
      body,
      headers: new Headers(init.headers),
    });
    if (url.pathname.endsWith("/ingest")) return json(answer);
    if (url.pathname.endsWith("/ingest/preview")) {
      const accept = (body as { accept: string[] }).accept;
      return json({
        from: 2,
        to: 2,
        changes: [
          ...(accept.length > 0
            ? [{ path: 'sources["ingest-a"]', kind: "added", after: { title: "article.txt" } }]
            : []),
          ...(accept.includes("c2")
            ? [{ path: "territories[2].claims[1]", kind: "added", after: { party: "RU" } }]
            : []),
        ],
      });
    }
    if (url.pathname.endsWith("/ingest/apply"))
      return json(
        {
          id: "fixture",
          version: { version: 3, parent: 2, author: "workbench", message: "m", createdAt: "", hash: "h" },
        },
        201,
      );
    return json({ error: { code: "not_found", message: "no route" } }, 404);
  };
  return { fetch, requests };
}

function type(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const proto =
    el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  act(() => {
    Object.getOwnPropertyDescriptor(proto, "value")!.set!.call(el, value);
    el.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

describe("IngestPanel", () => {
  it("evidenceSegments marks the ranges, merges overlaps and flags the active one", () => {
    const segs = evidenceSegments(
      "abcdefghij",
      [
        { start: 2, end: 5 },
        { start: 4, end: 7 },
      ],
      { start: 3, end: 4 },
    );
    expect(segs.map((s) => [s.text, s.marked, s.active])).toEqual([
      ["ab", false, false],
      ["c", true, false],
      ["d", true, true],
      ["efg", true, false],
      ["hij", false, false],
    ]);
  });

  it("reads an article, lists the claims with highlighted evidence, previews the accepted subset and saves it as a new version", async () => {
    const server = fakeIngest();
    const saved: number[] = [];
    const r = await render(
      <IngestPanel
        client={new ApiClient({ fetch: server.fetch })}
        scenarioId="fixture"
        version={2}
        onSaved={(v) => saved.push(v)}
      />,
    );
    cleanup = r.unmount;
    type(r.container.querySelector("#ingest-text") as HTMLTextAreaElement, TEXT);
    type(r.container.querySelector('input[type="date"]') as HTMLInputElement, "2025-04-23");
    const read = [...r.container.querySelectorAll("button")].find(
      (b) => b.textContent === "Read the article",
    )!;
    act(() => read.click());
    await settle(() => r.container.querySelector(".ingest-claims") !== null);
    expect(server.requests[0]).toMatchObject({
      method: "POST",
      path: "/api/scenarios/fixture/ingest?version=2",
      body: { text: TEXT, date: "2025-04-23" },
    });
    expect(r.container.querySelector('[data-claim="RU demands UA-51"]')!.textContent).toContain(
      "Odesa Oblast",
    );
    expect(r.container.querySelector(".evidence-text mark")!.textContent).toBe(evidence.text);
    const c2 = r.container.querySelector("#change-c2") as HTMLInputElement;
    expect(c2.checked).toBe(true);
    expect(r.container.querySelector('label[for="change-c2"]')!.textContent).toContain(
      "Claim: RU demands Odesa Oblast — basis formal demand",
    );
    await settle(() => r.container.querySelectorAll(".ingest-diff li").length === 2);

    // reject the note
    act(() => (r.container.querySelector("#change-c3") as HTMLInputElement).click());
    await settle(() =>
      server.requests.some(
        (q) =>
          q.path.endsWith("/ingest/preview") &&
          JSON.stringify((q.body as { accept: string[] }).accept) === '["c1","c2"]',
      ),
    );
    type(r.container.querySelector("#ingest-message") as HTMLInputElement, "RU demand on Odesa");
    const save = [...r.container.querySelectorAll("button")].find(
      (b) => b.textContent === "Save accepted changes as a new version",
    )!;
    act(() => save.click());
    await settle(() => saved.length === 1);
    const apply = server.requests.find((q) => q.path.endsWith("/ingest/apply"))!;
    expect(apply.headers.get("If-Match")).toBe('"2"');
    expect(apply.body).toMatchObject({ accept: ["c1", "c2"], basedOn: 2, message: "RU demand on Odesa" });
    expect(saved).toEqual([3]);
    expect(r.container.querySelector("[role=status]")!.textContent).toBe(
      "Saved 2 accepted changes as version 3.",
    );
  });
});
