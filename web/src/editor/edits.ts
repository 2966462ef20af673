/**
 * What-if edits: pure functions that return a changed copy of a scenario. The editor applies them to the
 * unsaved draft; the server validates and analyses the result.
 * @module
 */
import type { Concession, Party, Ratifier, RedLine, Scenario } from "../api/types";

type WeightKind = "territoryWeights" | "dimensionWeights" | "issueWeights";

/** Where a position lives in a party's preferences: its red lines, or its domestic ratifiers. */
export type PositionList = "redLines" | "ratifiers";

type Position = RedLine | Ratifier;

function positions(scenario: Scenario, partyId: string, list: PositionList): Position[] {
  const prefs = scenario.parties.find((p) => p.id === partyId)?.preferences as
    | Record<PositionList, Position[] | undefined>
    | undefined;
  return prefs?.[list] ?? [];
}

function withParty(scenario: Scenario, partyId: string, change: (party: Party) => void): Scenario {
  const next = structuredClone(scenario);
  const party = next.parties.find((p) => p.id === partyId);
  if (party === undefined) throw new Error(`unknown party: ${partyId}`);
  party.preferences ??= {};
  change(party);
  return next;
}

/** Sets a party's reservation value (0–1), keeping its control dependence. */
export function setReservation(scenario: Scenario, partyId: string, value: number): Scenario {
  return withParty(scenario, partyId, (party) => {
    const prefs = party.preferences!;
    prefs.reservation = { ...(prefs.reservation ?? {}), value };
  });
}

/**
 * Holds or relaxes (drops) one of a party's red lines. A red line dropped and then held again comes back as it
 * is in `base` (the saved scenario), at its original position.
 */
export function setRedLineHeld(
  scenario: Scenario,
  base: Scenario,
  partyId: string,
  redLineId: string,
  held: boolean,
  list: PositionList = "redLines",
): Scenario {
  return withParty(scenario, partyId, (party) => {
    const prefs = party.preferences! as Record<PositionList, Position[] | undefined>;
    const current = prefs[list] ?? [];
    if (!held) {
      prefs[list] = current.filter((r) => r.id !== redLineId);
      return;
    }
    if (current.some((r) => r.id === redLineId)) return;
    const original = positions(base, partyId, list);
    const restored = original.find((r) => r.id === redLineId);
    if (restored === undefined) return;
    const order = new Map(original.map((r, i) => [r.id, i]));
    prefs[list] = [...current, structuredClone(restored)].sort(
      (a, b) => (order.get(a.id) ?? Number.MAX_SAFE_INTEGER) - (order.get(b.id) ?? Number.MAX_SAFE_INTEGER),
    );
  });
}

/**
 * Includes or excludes one territory from a red line that lists its territories. Excluding the last one drops
 * the red line; including one into a dropped red line restores it for that territory only.
 */
export function setRedLineTerritory(
  scenario: Scenario,
  base: Scenario,
  partyId: string,
  redLineId: string,
  territoryId: string,
  included: boolean,
  list: PositionList = "redLines",
): Scenario {
  let next = scenario;
  const find = (s: Scenario): Position | undefined =>
    positions(s, partyId, list).find((r) => r.id === redLineId);
  const update = (s: Scenario, territories: string[]) =>
    withParty(s, partyId, (party) => {
      const prefs = party.preferences! as Record<PositionList, Position[] | undefined>;
      prefs[list]!.find((r) => r.id === redLineId)!.territories = territories;
    });
  if (included && find(next) === undefined) {
    next = setRedLineHeld(next, base, partyId, redLineId, true, list);
    return update(next, [territoryId]);
  }
  const redLine = find(next);
  if (redLine === undefined || !Array.isArray(redLine.territories)) return next;
  const territories = included
    ? [...new Set([...redLine.territories, territoryId])]
    : redLine.territories.filter((t) => t !== territoryId);
  if (territories.length === 0) return setRedLineHeld(next, base, partyId, redLineId, false, list);
  const order = positions(base, partyId, list).find((r) => r.id === redLineId)?.territories;
  if (Array.isArray(order)) territories.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return update(next, territories);
}

/** Sets the salience (concession cost) of a red line. */
export function setRedLineSalience(
  scenario: Scenario,
  partyId: string,
  redLineId: string,
  salience: number,
  list: PositionList = "redLines",
): Scenario {
  return withParty(scenario, partyId, (party) => {
    const prefs = party.preferences! as Record<PositionList, Position[] | undefined>;
    const position = prefs[list]?.find((r) => r.id === redLineId);
    if (position) position.salience = salience;
  });
}

/** Sets one weight of a party (territory, dimension or linked-issue weight). */
export function setWeight(
  scenario: Scenario,
  partyId: string,
  kind: WeightKind,
  key: string,
  value: number,
): Scenario {
  return withParty(scenario, partyId, (party) => {
    const prefs = party.preferences!;
    prefs[kind] = { ...(prefs[kind] ?? {}), [key]: value };
  });
}

/**
 * Sets the percent of `territoryId` held by `partyId` from `date` on: changes the snapshot dated `date`, or adds
 * one copying the shares of the snapshot in force, citing the same source.
 */
export function setControlShare(
  scenario: Scenario,
  territoryId: string,
  partyId: string,
  date: string,
  value: number,
): Scenario {
  const next = structuredClone(scenario);
  const territory = next.territories.find((t) => t.id === territoryId);
  if (territory === undefined) throw new Error(`unknown territory: ${territoryId}`);
  const control = territory.control ?? [];
  const exact = control.find((s) => s.date === date);
  if (exact) {
    exact.shares = { ...exact.shares, [partyId]: value };
  } else {
    const previous = control
      .filter((s) => s.date <= date)
      .sort((a, b) => a.date.localeCompare(b.date))
      .at(-1);
    const source = previous?.source ?? territory.source ?? control[0]?.source ?? Object.keys(next.sources)[0];
    if (source === undefined) throw new Error("the scenario has no source to cite");
    control.push({
      date,
      shares: { ...(previous?.shares ?? {}), [partyId]: value },
      approximate: true,
      note: "what-if edit in the workbench",
      source,
    });
    control.sort((a, b) => a.date.localeCompare(b.date));
  }
  territory.control = control;
  return next;
}

/**
 * Relaxes the positions of a concession: a red line (or ratifier) expanded for a territory loses that territory (or is dropped
 * when it covers every territory), an indivisibility is lifted, a reservation value is set to 0 (without its
 * dependence on control).
 */
export function applyConcession(scenario: Scenario, base: Scenario, concession: Concession): Scenario {
  let next = scenario;
  for (const move of concession.moves) {
    if ((move.kind === "redLine" || move.kind === "ratification") && move.redLine !== undefined) {
      const list: PositionList = move.kind === "ratification" ? "ratifiers" : "redLines";
      const position = positions(next, move.party, list).find((r) => r.id === move.redLine);
      next =
        move.territory !== undefined && Array.isArray(position?.territories)
          ? setRedLineTerritory(next, base, move.party, move.redLine, move.territory, false, list)
          : setRedLineHeld(next, base, move.party, move.redLine, false, list);
    } else if (move.kind === "indivisible" && move.territory !== undefined) {
      const territory = move.territory;
      next = withParty(next, move.party, (party) => {
        const prefs = party.preferences!;
        prefs.territories = { ...(prefs.territories ?? {}) };
        prefs.territories[territory] = { ...(prefs.territories[territory] ?? {}), indivisible: false };
      });
    } else if (move.kind === "reservation") {
      next = withParty(next, move.party, (party) => {
        party.preferences!.reservation = {
          ...(party.preferences!.reservation ?? {}),
          value: 0,
          control: undefined,
        };
      });
    }
  }
  return next;
}
