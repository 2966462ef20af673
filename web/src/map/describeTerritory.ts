import type { Scenario, Territory } from "../api/types";
import { activeClaims, FORMAL_BASES } from "./activeClaims";
import { controlAt } from "./controlAt";

const BASIS_LABEL: Record<string, string> = {
  constitutional: "constitutional claim",
  annexation: "annexation",
  formal_demand: "formal demand",
  rhetorical: "rhetorical claim",
  threat: "threat",
};

/** A readable label for a claim basis. */
export function basisLabel(basis: string): string {
  return BASIS_LABEL[basis] ?? basis;
}

/** One line on a territory at a date: who holds what share, and who claims it on which basis. */
export function describeTerritory(scenario: Scenario, territory: Territory, date: string): string {
  const partyName = (id: string) => scenario.parties.find((p) => p.id === id)?.name ?? id;
  const control = controlAt(territory, date);
  const parts = [territory.name];
  if (control === undefined) {
    parts.push("no control estimate on or before this date");
  } else {
    const held = Object.entries(control.shares)
      .filter(([, share]) => share > 0)
      .sort((a, b) => b[1] - a[1])
      .map(([party, share]) => `${partyName(party)} ${formatShare(share)}`);
    parts.push(
      `held: ${held.length > 0 ? held.join(", ") : "no shares listed"} ${control.snapshot ? `(as of ${control.snapshot.date})` : "(no recorded change)"}`,
    );
  }
  const claims = activeClaims(territory, date).filter((c) => c.party !== territory.holder);
  if (claims.length > 0) {
    const formal = claims.some((c) => FORMAL_BASES.has(c.basis));
    parts.push(
      `${formal ? "formally claimed" : "claimed (rhetorical/threat)"}: ${claims
        .map((c) => `${partyName(c.party)} (${basisLabel(c.basis)})`)
        .join(", ")}`,
    );
  }
  return parts.join(" — ");
}

/** A percent share with at most one decimal. */
export function formatShare(share: number): string {
  return `${Number.isInteger(share) ? share : share.toFixed(1)}%`;
}
