// @vitest-environment happy-dom
import { act } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { deadlockFixture, scenarioFixture } from "../testing/fixtures";
import { render } from "../testing/render";
import { AnalysisPanel } from "./AnalysisPanel";
import { VerdictBanner } from "./VerdictBanner";

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

describe("AnalysisPanel", () => {
  it("shows each conflict as 'Party: position ⟂ Party: position' linked to its regions", async () => {
    const highlights: string[][] = [];
    const selected: string[] = [];
    const tried: number[] = [];
    const r = await render(
      <AnalysisPanel
        analysis={deadlockFixture}
        scenario={scenarioFixture}
        onHighlight={(t) => highlights.push(t)}
        onSelectTerritory={(t) => selected.push(t)}
        proposal={undefined}
        onSelectProposal={() => {}}
        onTryConcession={(rank) => tried.push(rank)}
      />,
    );
    cleanup = r.unmount;
    const card = r.container.querySelector(".conflict-card")!;
    expect(card.querySelector(".conflict-positions")!.textContent).toBe(
      "Russia: Must hold de jure sovereignty over Crimea ⟂ Ukraine: No cession of Crimea",
    );
    expect(card.querySelector(".conflict-regions")!.textContent).toBe(
      "Region: Autonomous Republic of Crimea",
    );
    act(() => card.dispatchEvent(new MouseEvent("mouseover", { bubbles: true })));
    expect(highlights.at(-1)).toEqual(["UA-43"]);
    act(() => (card.querySelector("button.chip") as HTMLButtonElement).click());
    expect(selected).toEqual(["UA-43"]);

    const concession = r.container.querySelector(".concessions > li")!;
    expect(concession.textContent).toContain("Relax 1 position (cost 1)");
    expect(concession.textContent).toContain("Russia: Must hold de jure sovereignty over Crimea");
    expect(concession.textContent).toContain("Nash-best utilities: Russia 0.55, Ukraine 0.80");
    act(() => (concession.querySelector("button") as HTMLButtonElement).click());
    expect(tried).toEqual([1]);

    const row = r.container.querySelector('tr[data-proposal="p1"]')!;
    const cells = row.querySelectorAll("td");
    expect(cells[0]!.textContent).toContain("✓ acceptable");
    expect(cells[0]!.textContent).toContain("utility 0.60–0.70 vs reservation 0.40");
    expect(cells[1]!.textContent).toContain("✗ rejected");
    expect(cells[1]!.textContent).toContain(
      "Breaks: No cession of Crimea — for Autonomous Republic of Crimea.",
    );
  });

  it("groups conflicts between the same red lines in several regions into one card", async () => {
    const [conflict] = deadlockFixture.conflicts;
    const inDonetsk = {
      ...conflict!,
      territories: ["UA-14"],
      constraints: conflict!.constraints.map((c) => ({
        ...c,
        id: c.id.replace("UA-43", "UA-14"),
        territory: "UA-14",
      })),
    };
    const highlights: string[][] = [];
    const r = await render(
      <AnalysisPanel
        analysis={{ ...deadlockFixture, conflicts: [conflict!, inDonetsk] }}
        scenario={scenarioFixture}
        onHighlight={(t) => highlights.push(t)}
        onSelectTerritory={() => {}}
        proposal={undefined}
        onSelectProposal={() => {}}
        onTryConcession={undefined}
      />,
    );
    cleanup = r.unmount;
    const cards = r.container.querySelectorAll(".conflict-card");
    expect(cards.length).toBe(1);
    expect(cards[0]!.textContent).toContain(
      "2 conflicts, one per region: Autonomous Republic of CrimeaDonetsk Oblast",
    );
    act(() => cards[0]!.dispatchEvent(new MouseEvent("mouseover", { bubbles: true })));
    expect(highlights.at(-1)).toEqual(["UA-43", "UA-14"]);
    expect(r.container.textContent).not.toContain("Try this concession");
  });

  it("VerdictBanner states the verdict in one sentence", async () => {
    const r = await render(<VerdictBanner analysis={deadlockFixture} whatIf={false} pending={false} />);
    cleanup = r.unmount;
    expect(r.container.querySelector("[data-verdict]")!.getAttribute("data-verdict")).toBe("deadlock");
    expect(r.container.querySelector(".verdict-label")!.textContent).toBe("Deadlock at 2025-04-23");
    expect(r.container.querySelector(".verdict-summary")!.textContent).toBe(deadlockFixture.summary);
    expect(r.container.textContent).toContain("None of 2 possible outcomes");
  });
});
