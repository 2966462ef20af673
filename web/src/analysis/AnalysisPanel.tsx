import type { AnalysisResult, Scenario } from "../api/types";
import { ConcessionList } from "./ConcessionList";
import { ConflictCards } from "./ConflictCards";
import { names as makeNames } from "./names";
import { ProposalMatrix } from "./ProposalMatrix";

/** The walls (conflicts), the moves (smallest concessions) and the proposals × parties matrix. */
export function AnalysisPanel(props: {
  analysis: AnalysisResult;
  scenario: Scenario;
  onHighlight: (territories: string[]) => void;
  onSelectTerritory: (id: string) => void;
  proposal: string | undefined;
  onSelectProposal: (id: string | undefined) => void;
  onTryConcession: ((rank: number) => void) | undefined;
}) {
  const { analysis, scenario, onHighlight, onSelectTerritory, proposal, onSelectProposal, onTryConcession } =
    props;
  const names = makeNames(analysis, scenario);
  const negotiators = analysis.parties.filter((p) => p.active && p.reservation !== null).map((p) => p.id);
  const matrixParties = negotiators.length > 0 ? negotiators : analysis.space.parties;
  return (
    <div className="analysis-panel">
      <section aria-labelledby="conflicts-title">
        <h2 id="conflicts-title">Walls: positions that cannot hold together</h2>
        <ConflictCards
          conflicts={analysis.conflicts}
          names={names}
          onHighlight={onHighlight}
          onSelectTerritory={onSelectTerritory}
        />
      </section>
      {analysis.verdict === "deadlock" && (
        <section aria-labelledby="concessions-title">
          <h2 id="concessions-title">Moves: smallest concessions that open a zone of agreement</h2>
          <ConcessionList
            concessions={analysis.concessions}
            unilateral={analysis.unilateral}
            names={names}
            onHighlight={onHighlight}
            onTry={onTryConcession}
          />
        </section>
      )}
      <section aria-labelledby="proposals-title">
        <h2 id="proposals-title">Proposals</h2>
        <ProposalMatrix
          proposals={analysis.proposals}
          parties={matrixParties}
          names={names}
          selected={proposal}
          onSelect={onSelectProposal}
        />
      </section>
    </div>
  );
}
