import { describe, expect, it } from "vitest";
import { deadlockFixture, scenarioFixture } from "../testing/fixtures";
import {
  applyConcession,
  setControlShare,
  setRedLineHeld,
  setRedLineSalience,
  setRedLineTerritory,
  setReservation,
  setWeight,
} from "./edits";

const base = structuredClone(scenarioFixture);
base.parties[0]!.preferences!.redLines!.push({
  id: "four",
  description: "Four oblasts",
  territories: ["UA-14", "UA-09"],
  require: { dimension: "sovereignty", in: ["RU"] },
});
const redLineIds = (s: typeof base, party: number) =>
  s.parties[party]!.preferences!.redLines!.map((r) => r.id);

describe("what-if edits", () => {
  it("setReservation(scenario, party, value) changes a copy only", () => {
    const next = setReservation(base, "UA", 0.1);
    expect(next.parties[1]!.preferences!.reservation!.value).toBe(0.1);
    expect(next.parties[1]!.preferences!.reservation!.assumption).toBe(true);
    expect(base.parties[1]!.preferences!.reservation!.value).toBe(0.3);
  });

  it("setRedLineHeld(scenario, base, party, id, held) drops and restores at the original position", () => {
    const dropped = setRedLineHeld(base, base, "RU", "crimea-sovereignty", false);
    expect(redLineIds(dropped, 0)).toEqual(["four"]);
    const restored = setRedLineHeld(dropped, base, "RU", "crimea-sovereignty", true);
    expect(redLineIds(restored, 0)).toEqual(["crimea-sovereignty", "four"]);
    expect(restored).toEqual(base);
  });

  it("setRedLineTerritory(…) narrows a red line, drops it when empty, and restores territory by territory", () => {
    const narrowed = setRedLineTerritory(base, base, "RU", "four", "UA-14", false);
    expect(narrowed.parties[0]!.preferences!.redLines![1]!.territories).toEqual(["UA-09"]);
    const empty = setRedLineTerritory(narrowed, base, "RU", "four", "UA-09", false);
    expect(redLineIds(empty, 0)).toEqual(["crimea-sovereignty"]);
    const one = setRedLineTerritory(empty, base, "RU", "four", "UA-09", true);
    expect(one.parties[0]!.preferences!.redLines![1]!.territories).toEqual(["UA-09"]);
    const both = setRedLineTerritory(one, base, "RU", "four", "UA-14", true);
    expect(both).toEqual(base);
  });

  it("setRedLineSalience and setWeight set one number", () => {
    expect(
      setRedLineSalience(base, "UA", "no-cession", 7).parties[1]!.preferences!.redLines![0]!.salience,
    ).toBe(7);
    const weighted = setWeight(base, "RU", "territoryWeights", "UA-51", 4);
    expect(weighted.parties[0]!.preferences!.territoryWeights).toEqual({
      "UA-14": 2,
      "UA-43": 3,
      "UA-51": 4,
    });
  });

  it("setControlShare(…) edits the snapshot of the date or adds one citing the source in force", () => {
    const added = setControlShare(base, "UA-14", "RU", "2025-04-23", 90);
    const control = added.territories.find((t) => t.id === "UA-14")!.control!;
    expect(control.map((s) => s.date)).toEqual(["2023-01-01", "2025-01-01", "2025-04-23"]);
    expect(control[2]).toMatchObject({ shares: { RU: 90 }, source: "s1", approximate: true });
    const edited = setControlShare(added, "UA-14", "RU", "2025-04-23", 80);
    expect(edited.territories.find((t) => t.id === "UA-14")!.control!.length).toBe(3);
    expect(edited.territories.find((t) => t.id === "UA-14")!.control![2]!.shares).toEqual({ RU: 80 });
  });

  it("applyConcession(scenario, base, concession) relaxes each move", () => {
    const relaxed = applyConcession(base, base, deadlockFixture.concessions[0]!);
    // the Crimea red line listed only UA-43, so excluding it drops the red line
    expect(redLineIds(relaxed, 0)).toEqual(["four"]);
    const reservation = applyConcession(base, base, {
      ...deadlockFixture.concessions[0]!,
      moves: [{ id: "UA:reservation", party: "UA", kind: "reservation", description: "r", salience: 1 }],
    });
    expect(reservation.parties[1]!.preferences!.reservation!.value).toBe(0);
  });
});

describe("what-if edits of ratifiers", () => {
  const withRatifier = structuredClone(base);
  withRatifier.parties[1]!.preferences!.ratifiers = [
    {
      id: "referendum",
      name: "Referendum",
      kind: "referendum",
      description: "Territory changes need a referendum",
      territories: ["UA-43", "UA-14"],
      require: { dimension: "sovereignty", in: ["UA"] },
    },
  ];

  it("setRedLineHeld(…, 'ratifiers') and setRedLineTerritory(…, 'ratifiers') edit the ratifier list only", () => {
    const dropped = setRedLineHeld(withRatifier, withRatifier, "UA", "referendum", false, "ratifiers");
    expect(dropped.parties[1]!.preferences!.ratifiers).toEqual([]);
    expect(redLineIds(dropped, 1)).toEqual(["no-cession"]);
    const narrowed = setRedLineTerritory(
      withRatifier,
      withRatifier,
      "UA",
      "referendum",
      "UA-43",
      false,
      "ratifiers",
    );
    expect(narrowed.parties[1]!.preferences!.ratifiers![0]!.territories).toEqual(["UA-14"]);
    expect(
      setRedLineSalience(narrowed, "UA", "referendum", 2, "ratifiers").parties[1]!.preferences!.ratifiers![0]!
        .salience,
    ).toBe(2);
  });

  it("applyConcession relaxes a ratification position in the ratifier list", () => {
    const relaxed = applyConcession(withRatifier, withRatifier, {
      ...deadlockFixture.concessions[0]!,
      moves: [
        {
          id: "UA:referendum@UA-14",
          party: "UA",
          kind: "ratification",
          redLine: "referendum",
          territory: "UA-14",
          description: "Referendum",
          salience: 1,
        },
      ],
    });
    expect(relaxed.parties[1]!.preferences!.ratifiers![0]!.territories).toEqual(["UA-43"]);
  });
});
