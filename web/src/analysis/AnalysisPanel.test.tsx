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
      "Russia: Must hold de jure sovereignty over Crimea (Autonomous Republic of Crimea) ⟂ Ukraine: No cession of Crimea (Autonomous Republic of Crimea)",
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

  it("VerdictBanner states the verdict in one sentence", async () => {
    const r = await render(<VerdictBanner analysis={deadlockFixture} whatIf={false} pending={false} />);
    cleanup = r.unmount;
    expect(r.container.querySelector("[data-verdict]")!.getAttribute("data-verdict")).toBe("deadlock");
    expect(r.container.querySelector(".verdict-label")!.textContent).toBe("Deadlock at 2025-04-23");
    expect(r.container.querySelector(".verdict-summary")!.textContent).toBe(deadlockFixture.summary);
    expect(r.container.textContent).toContain("None of 2 possible outcomes");
  });
});
