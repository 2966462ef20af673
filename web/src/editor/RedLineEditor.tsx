import type { Diagnostic, Party, Ratifier, RedLine, Scenario } from "../api/types";
import { type PositionList, setRedLineHeld, setRedLineSalience, setRedLineTerritory } from "./edits";
import { messagesAt } from "./messagesAt";
import { NumberField } from "./NumberField";

/**
 * A party's red lines (or domestic ratifiers): a checkbox to hold or relax each, one per territory for those that
 * list territories, and the salience (concession cost).
 */
export function RedLineEditor(props: {
  draft: Scenario;
  base: Scenario;
  party: Party;
  diagnostics: Diagnostic[];
  prefix: string;
  territoryName: (id: string) => string;
  onChange: (scenario: Scenario) => void;
  list: PositionList;
}) {
  const { draft, base, party, diagnostics, prefix, territoryName, onChange, list } = props;
  const of = (p: Party | undefined) =>
    ((p?.preferences as Record<PositionList, (RedLine | Ratifier)[] | undefined> | undefined)?.[list] ??
      []) as (RedLine | Ratifier)[];
  const current = of(party);
  const original = of(base.parties.find((p) => p.id === party.id));
  const all = [...original, ...current.filter((r) => !original.some((o) => o.id === r.id))];
  if (all.length === 0) {
    return list === "redLines" ? (
      <p className="empty">{party.name} has no red lines in the scenario file.</p>
    ) : null;
  }
  return (
    <fieldset className="red-lines">
      <legend>
        {party.name}:{" "}
        {list === "redLines"
          ? "red lines (uncheck to relax)"
          : "domestic ratifiers (uncheck to assume consent)"}
      </legend>
      <ul>
        {all.map((redLine) => {
          const held = current.find((r) => r.id === redLine.id);
          const index = current.findIndex((r) => r.id === redLine.id);
          const originalTerritories = Array.isArray(redLine.territories) ? redLine.territories : undefined;
          const heldTerritories = held && Array.isArray(held.territories) ? held.territories : [];
          const checkboxId = `redline-${party.id}-${redLine.id}`;
          return (
            <li key={redLine.id} className={held ? "held" : "relaxed"}>
              <input
                type="checkbox"
                id={checkboxId}
                checked={held !== undefined}
                data-redline={`${party.id}:${redLine.id}`}
                onChange={(e) =>
                  onChange(setRedLineHeld(draft, base, party.id, redLine.id, e.currentTarget.checked))
                }
              />{" "}
              <label htmlFor={checkboxId}>
                {"name" in redLine ? `${redLine.name}: ${redLine.description}` : redLine.description}
              </label>
              {(redLine.since || redLine.until) && (
                <span className="fact-meta">
                  {" "}
                  ({redLine.since ? `since ${redLine.since}` : ""}
                  {redLine.until ? ` until ${redLine.until}` : ""})
                </span>
              )}
              {redLine.territories === "*" && <span className="fact-meta"> — every territory in play</span>}
              {originalTerritories && originalTerritories.length > 1 && (
                <fieldset className="territory-checks">
                  <legend className="visually-hidden">Territories of “{redLine.description}”</legend>
                  {originalTerritories.map((t) => {
                    const id = `${checkboxId}-${t}`;
                    return (
                      <span key={t} className="territory-check">
                        <input
                          type="checkbox"
                          id={id}
                          checked={heldTerritories.includes(t)}
                          onChange={(e) =>
                            onChange(
                              setRedLineTerritory(
                                draft,
                                base,
                                party.id,
                                redLine.id,
                                t,
                                e.currentTarget.checked,
                              ),
                            )
                          }
                        />
                        <label htmlFor={id}>{territoryName(t)}</label>
                      </span>
                    );
                  })}
                </fieldset>
              )}
              {held && (
                <NumberField
                  label="salience (concession cost)"
                  value={held.salience ?? 1}
                  min={0.01}
                  step={1}
                  messages={messagesAt(diagnostics, `${prefix}.${list}[${index}]`)}
                  onCommit={(v) => onChange(setRedLineSalience(draft, party.id, redLine.id, v, list))}
                />
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
