/**
 * The scenario as it stood on a date: which red lines each party held, its reservation value given the
 * front line, whether it was at the table.
 * @module
 */
import type { Party, Ratifier, RedLine, Reservation, Scenario } from "../model/index.js";
import { heldShare } from "./heldShare.js";

/** One party's position on a date. */
export interface PartyState {
  party: Party;
  /** Red lines in force on the date (from the preferences and from event effects up to the date). */
  redLines: RedLine[];
  /** Ratification constraints in force on the date. */
  ratifiers: Ratifier[];
  /** Reservation value on the date, or null when none is stated. */
  reservation: number | null;
  /** How the reservation value was obtained, in words. */
  reservationNote: string | null;
  /** False after a `withdraw` effect (until a `rejoin`). */
  active: boolean;
}

/** The scenario's positions on a date. */
export interface ScenarioState {
  date: string;
  parties: PartyState[];
}

const inForce = (r: { since?: string | undefined; until?: string | undefined }, date: string) =>
  (r.since === undefined || r.since <= date) && (r.until === undefined || date <= r.until);

/** Evaluates `scenario` on `date` (YYYY-MM-DD): applies red-line dates and event effects up to that date. */
export function scenarioAt(scenario: Scenario, date: string): ScenarioState {
  const redLines = new Map<string, RedLine[]>();
  const reservations = new Map<string, Reservation | undefined>();
  const active = new Map<string, boolean>();
  for (const p of scenario.parties) {
    redLines.set(p.id, [...(p.preferences?.redLines ?? [])]);
    reservations.set(p.id, p.preferences?.reservation);
    active.set(p.id, true);
  }
  for (const event of scenario.events) {
    if (event.date > date) continue;
    for (const fx of event.effects ?? []) {
      const list = redLines.get(fx.party);
      if (!list) continue;
      if (fx.type === "addRedLine") {
        const next = list.filter((r) => r.id !== fx.redLine.id);
        next.push({ since: event.date, ...fx.redLine });
        redLines.set(fx.party, next);
      } else if (fx.type === "dropRedLine") {
        redLines.set(
          fx.party,
          list.filter((r) => r.id !== fx.redLine),
        );
      } else if (fx.type === "setReservation") reservations.set(fx.party, fx.reservation);
      else if (fx.type === "withdraw") active.set(fx.party, false);
      else if (fx.type === "rejoin") active.set(fx.party, true);
    }
  }
  return {
    date,
    parties: scenario.parties.map((party) => {
      const res = reservations.get(party.id);
      let reservation: number | null = null;
      let reservationNote: string | null = null;
      if (res) {
        reservation = res.value;
        reservationNote = `stated value ${res.value}`;
        if (res.control) {
          const share = heldShare(scenario, res.control.holder, res.control.territories, date);
          if (share === null)
            reservationNote = `stated value ${res.value}; control before the first snapshot is unknown`;
          else {
            const moved = res.value + res.control.coefficient * (share - res.control.reference);
            reservation = Math.min(1, Math.max(0, moved));
            reservationNote = `${res.value} ${res.control.coefficient >= 0 ? "+" : "−"} ${Math.abs(res.control.coefficient)} × (${res.control.holder} share ${share.toFixed(3)} − ${res.control.reference})`;
          }
        }
      }
      return {
        party,
        redLines: (redLines.get(party.id) ?? []).filter((r) => inForce(r, date)),
        ratifiers: (party.preferences?.ratifiers ?? []).filter((r) => inForce(r, date)),
        reservation,
        reservationNote,
        active: active.get(party.id) ?? true,
      };
    }),
  };
}
