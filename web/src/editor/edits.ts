/**
 * What-if edits: pure functions that return a changed copy of a scenario. The editor applies them to the
 * unsaved draft; the server validates and analyses the result.
 * @module
 */
import type { Concession, Party, RedLine, Scenario } from "../api/types";

type WeightKind = "territoryWeights" | "dimensionWeights" | "issueWeights";

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
): Scenario {
  return withParty(scenario, partyId, (party) => {
    const prefs = party.preferences!;
    const current = prefs.redLines ?? [];
    if (!held) {
      prefs.redLines = current.filter((r) => r.id !== redLineId);
      return;
    }
    if (current.some((r) => r.id === redLineId)) return;
    const original = base.parties.find((p) => p.id === partyId)?.preferences?.redLines ?? [];
    const restored = original.find((r) => r.id === redLineId);
    if (restored === undefined) return;
    const order = new Map(original.map((r, i) => [r.id, i]));
    prefs.redLines = [...current, structuredClone(restored)].sort(
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
): Scenario {
  let next = scenario;
  const find = (s: Scenario): RedLine | undefined =>
    s.parties.find((p) => p.id === partyId)?.preferences?.redLines?.find((r) => r.id === redLineId);
  if (included && find(next) === undefined) {
    next = setRedLineHeld(next, base, partyId, redLineId, true);
    return withParty(next, partyId, (party) => {
      const redLine = party.preferences!.redLines!.find((r) => r.id === redLineId)!;
      redLine.territories = [territoryId];
    });
  }
  const redLine = find(next);
  if (redLine === undefined || !Array.isArray(redLine.territories)) return next;
  const territories = included
    ? [...new Set([...redLine.territories, territoryId])]
    : redLine.territories.filter((t) => t !== territoryId);
  if (territories.length === 0) return setRedLineHeld(next, base, partyId, redLineId, false);
  const order = (base.parties.find((p) => p.id === partyId)?.preferences?.redLines ?? []).find(
    (r) => r.id === redLineId,
  )?.territories;
  if (Array.isArray(order)) territories.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return withParty(next, partyId, (party) => {
    party.preferences!.redLines!.find((r) => r.id === redLineId)!.territories = territories;
  });
}

/** Sets the salience (concession cost) of a red line. */
export function setRedLineSalience(
  scenario: Scenario,
  partyId: string,
  redLineId: string,
  salience: number,
): Scenario {
  return withParty(scenario, partyId, (party) => {
    const redLine = party.preferences!.redLines?.find((r) => r.id === redLineId);
    if (redLine) redLine.salience = salience;
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
 * Relaxes the positions of a concession: a red line expanded for a territory loses that territory (or is dropped
 * when it covers every territory), an indivisibility is lifted, a reservation value is set to 0 (without its
 * dependence on control).
 */
export function applyConcession(scenario: Scenario, base: Scenario, concession: Concession): Scenario {
  let next = scenario;
  for (const move of concession.moves) {
    if (move.kind === "redLine" && move.redLine !== undefined) {
      const redLine = next.parties
        .find((p) => p.id === move.party)
        ?.preferences?.redLines?.find((r) => r.id === move.redLine);
      next =
        move.territory !== undefined && Array.isArray(redLine?.territories)
          ? setRedLineTerritory(next, base, move.party, move.redLine, move.territory, false)
          : setRedLineHeld(next, base, move.party, move.redLine, false);
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
