// @vitest-environment happy-dom
import { act } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { scenarioFixture } from "../testing/fixtures";
import { render } from "../testing/render";
import { bundledMap, mapForScenario } from "./bundledMaps";
import { partyColors } from "./partyColors";
import { TerritoryMap } from "./TerritoryMap";
import { TerritoryView } from "./TerritoryView";

const ISO_UA = [
  "UA-05",
  "UA-07",
  "UA-09",
  "UA-12",
  "UA-14",
  "UA-18",
  "UA-21",
  "UA-23",
  "UA-26",
  "UA-30",
  "UA-32",
  "UA-35",
  "UA-40",
  "UA-43",
  "UA-46",
  "UA-48",
  "UA-51",
  "UA-53",
  "UA-56",
  "UA-59",
  "UA-61",
  "UA-63",
  "UA-65",
  "UA-68",
  "UA-71",
  "UA-74",
  "UA-77",
];

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

describe("bundled Ukraine map", () => {
  it("bundledMap('ukraine') has the 27 first-level units keyed on ISO 3166-2", () => {
    const map = bundledMap("ukraine")!;
    expect(map.features.map((f) => f.id).sort()).toEqual(ISO_UA);
    const names = Object.fromEntries(map.features.map((f) => [f.id, f.properties.name]));
    expect(names["UA-43"]).toBe("Autonomous Republic of Crimea");
    expect(names["UA-40"]).toBe("Sevastopol (city)");
    expect(names["UA-30"]).toBe("Kyiv (city)");
    expect(names["UA-51"]).toBe("Odesa Oblast");
    expect(names["UA-68"]).toBe("Khmelnytskyi Oblast");
  });

  it("mapForScenario(scenario) uses the named map, falls back on ids, and is undefined without geometry", () => {
    expect(mapForScenario(scenarioFixture)?.name).toBe("ukraine");
    const { map: _map, ...unnamed } = scenarioFixture;
    expect(mapForScenario(unnamed)?.name).toBe("ukraine");
    expect(mapForScenario({ territories: [{ id: "north" }, { id: "south" }] })).toBeUndefined();
    expect(mapForScenario({ territories: [] })).toBeUndefined();
  });
});

describe("TerritoryMap", () => {
  const props = {
    scenario: scenarioFixture,
    map: bundledMap("ukraine")!,
    colors: partyColors(scenarioFixture.parties),
    selected: undefined,
    onSelect: () => {},
    highlighted: new Set<string>(),
    inConflict: new Set(["UA-43"]),
  };

  it("draws one path per unit, shaded by control share at the date and outlined by claim basis", async () => {
    const r = await render(<TerritoryMap {...props} date="2024-06-01" />);
    cleanup = r.unmount;
    const paths = r.container.querySelectorAll("path[data-territory]");
    expect(paths.length).toBe(27);
    const donetsk = r.container.querySelector('[data-territory="UA-14"]')!;
    expect(donetsk.getAttribute("data-share")).toBe("56.7");
    expect(donetsk.getAttribute("data-claim")).toBe("formal");
    expect(r.container.querySelector('[data-territory="UA-51"]')!.getAttribute("data-claim")).toBe(
      "rhetorical",
    );
    const vinnytsia = r.container.querySelector('[data-territory="UA-05"]')!;
    expect(vinnytsia.getAttribute("role")).toBeNull();
    expect(r.container.querySelector('[data-territory="UA-14"]')!.getAttribute("role")).toBe("button");
    expect(r.container.querySelector(".conflict-marker")).not.toBeNull();
    expect(r.container.querySelector('.outline.claim-formal[data-outline="UA-14"]')).not.toBeNull();
    expect(r.container.querySelector('.outline.claim-rhetorical[data-outline="UA-51"]')).not.toBeNull();
    expect(r.container.querySelector(".outline.highlighted")).toBeNull();
    await r.rerender(
      <TerritoryMap {...props} date="2024-06-01" highlighted={new Set(["UA-43"])} selected="UA-14" />,
    );
    expect(r.container.querySelector('.outline.highlighted[data-outline="UA-43"]')).not.toBeNull();
    expect(r.container.querySelector('.outline.selected[data-outline="UA-14"]')).not.toBeNull();
    expect(r.container.querySelectorAll("path[data-territory]").length).toBe(27);
    const before = donetsk.getAttribute("fill");
    await r.rerender(<TerritoryMap {...props} date="2025-04-23" />);
    const after = r.container.querySelector('[data-territory="UA-14"]')!;
    expect(after.getAttribute("data-share")).toBe("67.5");
    expect(after.getAttribute("fill")).not.toBe(before);
  });

  it("selects a region on click and on Enter", async () => {
    const selected: string[] = [];
    const r = await render(
      <TerritoryMap {...props} date="2025-04-23" onSelect={(id) => selected.push(id)} />,
    );
    cleanup = r.unmount;
    const crimea = r.container.querySelector('[data-territory="UA-43"]') as SVGPathElement;
    act(() => crimea.dispatchEvent(new MouseEvent("click", { bubbles: true })));
    act(() => crimea.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true })));
    expect(selected).toEqual(["UA-43", "UA-43"]);
  });
});

describe("TerritoryView", () => {
  it("shows the details with sources of the selected territory and lists territories without geometry", async () => {
    const r = await render(
      <TerritoryView
        scenario={scenarioFixture}
        date="2025-04-23"
        colors={partyColors(scenarioFixture.parties)}
        selected="UA-14"
        onSelect={() => {}}
        highlighted={new Set()}
        inConflict={new Set()}
      />,
    );
    cleanup = r.unmount;
    const details = r.container.querySelector(".territory-details")!;
    expect(details.textContent).toContain("Donetsk Oblast");
    expect(details.textContent).toContain("Russia: 67.5%");
    expect(details.textContent).toContain("Ukraine: 32.5% (remainder)");
    expect(details.textContent).toContain("annexation");
    expect(details.querySelector("a")!.getAttribute("href")).toBe("https://example.org/one");
    expect(r.container.querySelector("table.territory-list caption")!.textContent).toBe(
      "Territories without map geometry",
    );
    expect(r.container.querySelector('tr[data-territory="kinburn"]')).not.toBeNull();
  });

  it("falls back to a list for a scenario without geometry", async () => {
    const scenario = {
      ...scenarioFixture,
      map: undefined,
      territories: [
        {
          id: "north",
          name: "North",
          holder: "UA",
          control: [{ date: "2020-01-01", shares: { RU: 10 }, source: "s1" }],
        },
      ],
    };
    const r = await render(
      <TerritoryView
        scenario={scenario}
        date="2025-04-23"
        colors={{}}
        selected={undefined}
        onSelect={() => {}}
        highlighted={new Set()}
        inConflict={new Set()}
      />,
    );
    cleanup = r.unmount;
    expect(r.container.querySelector("svg")).toBeNull();
    expect(r.container.textContent).toContain("no bundled map geometry");
    expect(r.container.querySelector('tr[data-territory="north"]')!.textContent).toContain("Russia 10%");
  });
});
