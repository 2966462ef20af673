import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseScenarioText, type Scenario } from "../model/index.js";
import { compileScenario, scenarioAt } from "../preferences/index.js";
import { rng } from "../util/rng.js";
import { domainMetrics } from "./domainMetrics.js";
import { alternatingOffers } from "./protocols/index.js";
import { scenarioDomain } from "./scenarioDomain.js";
import { createNegotiator } from "./strategies/index.js";
import { relaxedScenario } from "./testDomains.js";

const bundled = parseScenarioText(
  readFileSync(new URL("../../scenarios/london-2025.yaml", import.meta.url), "utf8"),
).scenario as Scenario;

const keepers = (spec = "redLineKeeper:conceder") => [createNegotiator(spec), createNegotiator(spec)];

describe("scenarioDomain(scenario, options)", () => {
  it("negotiators take part, the mediator hosts with the scenario's patience", () => {
    const d = scenarioDomain(bundled);
    expect(d.participants.map((c) => d.space.parties[c])).toEqual(["RU", "UA"]);
    expect(d.mediator).toMatchObject({ party: "US", patience: { rounds: 3, days: 5 } });
    expect(d.start).toBe("2025-04-23");
    expect(d.changeDates).toContain("2025-06-02");
  });

  it("stateAt(date) reads reservation values moved by the front line, as the exact analysis does", () => {
    const d = scenarioDomain(bundled);
    for (const date of ["2025-04-23", "2025-06-10", "2025-09-01", "2026-02-01"]) {
      const compiled = compileScenario(bundled, date);
      const state = d.stateAt(date);
      compiled.parties.forEach((pid, c) => {
        expect(state.reservation[d.space.parties.indexOf(pid)]).toBe(compiled.reservation[c]);
      });
    }
    const ru = d.space.parties.indexOf("RU");
    expect(d.stateAt("2026-02-01").reservation[ru]).not.toBe(d.stateAt("2025-04-23").reservation[ru]);
  });

  it("red lines added by an event hold from its date: the relaxed zone of agreement closes on 2 June 2025", () => {
    const d = scenarioDomain(relaxedScenario(bundled), { preconditions: false });
    const before = d.stateAt("2025-06-01");
    const after = d.stateAt("2025-06-02");
    expect(after.key).not.toBe(before.key);
    const ua = d.space.parties.indexOf("UA");
    const nato = d.space.factors.findIndex((f) => d.space.issues[f.issues[0]!]!.id === "nato");
    expect(before.own[ua]![nato]).toBeNull();
    expect([...after.own[ua]![nato]!]).toEqual([1, 1, 0]); // no forced neutrality: `excluded` is out
    expect(domainMetrics(d, before).zopa).toBe(true);
    expect(domainMetrics(d, after).zopa).toBe(false);
    // talks that start after the event can no longer end in a deal
    const late = scenarioDomain(relaxedScenario(bundled), { preconditions: false, start: "2025-06-03" });
    const rec = alternatingOffers(late, {
      maxRounds: 40,
      negotiators: keepers(),
      rng: rng(1),
      patience: null,
    });
    expect(rec.zopa).toBe(false);
    expect(rec.end).toBe("deadline");
  });

  it("preconditions in force set the agenda; incompatible ones block the talks until the mediator leaves", () => {
    const d = scenarioDomain(bundled);
    expect(d.stateAt(null).blocked).toEqual([
      "preconditions RU:withdrawal-before-ceasefire, UA:ceasefire-first",
    ]);
    expect(d.warnings.some((w) => w.includes("RU:territories-recognised-first"))).toBe(true);
    // before UA's precondition (22 April 2025) only Russia's holds: the agenda fixes sequencing, talks go on
    const early = scenarioDomain(bundled, { start: "2025-04-01" });
    const s = early.stateAt(null);
    expect(s.blocked).toEqual([]);
    const seq = early.space.factors.findIndex((f) => early.space.issues[f.issues[0]!]!.id === "sequencing");
    expect([...s.agenda[seq]!]).toEqual([0, 0, 1]);
    const rec = alternatingOffers(d, { maxRounds: 100, negotiators: keepers(), rng: rng(1) });
    expect(rec).toMatchObject({ end: "mediator_exit", rounds: 3, blockedRounds: 3 });
    expect(scenarioDomain(bundled, { preconditions: false }).stateAt(null).blocked).toEqual([]);
  });

  it("withdrawals block the talks until the party rejoins; a withdrawing mediator ends them", () => {
    const event = (id: string, date: string, type: "withdraw" | "rejoin", party: string) => ({
      id,
      date,
      kind: "walkout" as const,
      title: id,
      source: "SEED",
      effects: [{ type, party }],
    });
    const withEvents = (...events: ReturnType<typeof event>[]): Scenario => ({
      ...relaxedScenario(bundled),
      events: [...bundled.events, ...events].sort((a, b) => a.date.localeCompare(b.date)),
    });
    const away = scenarioDomain(
      withEvents(
        event("ua-out", "2025-04-25", "withdraw", "UA"),
        event("ua-back", "2025-04-28", "rejoin", "UA"),
      ),
      {
        preconditions: false,
      },
    );
    expect(away.stateAt("2025-04-26").blocked).toEqual(["UA withdrawn"]);
    expect(scenarioAt(withEvents(), "2025-04-26").parties.find((p) => p.party.id === "UA")?.active).toBe(
      true,
    );
    const rec = alternatingOffers(away, {
      maxRounds: 60,
      negotiators: keepers("redLineKeeper:linear"),
      rng: rng(1),
      patience: null,
    });
    expect(rec.blockedRounds).toBe(3);
    expect(rec.blockers).toEqual(["UA withdrawn"]);
    const mediatorGone = scenarioDomain(withEvents(event("us-out", "2025-04-26", "withdraw", "US")), {
      preconditions: false,
    });
    const gone = alternatingOffers(mediatorGone, {
      maxRounds: 60,
      negotiators: keepers("redLineKeeper:linear"),
      rng: rng(1),
      patience: null,
    });
    expect(gone).toMatchObject({ end: "mediator_exit", rounds: 4, date: "2025-04-26" });
  });

  it("patience in days counts calendar days without progress", () => {
    const d = scenarioDomain(bundled);
    const rec = alternatingOffers(d, {
      maxRounds: 100,
      daysPerRound: 2,
      negotiators: keepers(),
      rng: rng(1),
      patience: { days: 5 },
    });
    // blocked from the first round: 2 days per round, the fifth idle day falls in the third round
    expect(rec).toMatchObject({ end: "mediator_exit", rounds: 3, date: "2025-04-27" });
  });
});
