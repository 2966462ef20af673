// @vitest-environment happy-dom
import { act } from "react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ApiClient } from "../api/ApiClient";
import { fakeServer } from "../testing/fakeFetch";
import { render } from "../testing/render";
import { App } from "./App";

let cleanup: (() => void) | undefined;
beforeEach(() => {
  window.location.hash = "";
});
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

async function waitFor<T>(probe: () => T | null | undefined | false, timeoutMs = 3000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > end) throw new Error("waitFor: timed out");
    await act(async () => {
      await new Promise((r) => setTimeout(r, 20));
    });
  }
}

function click(el: Element) {
  act(() => (el as HTMLElement).click());
}

describe("App", () => {
  it("opens the stored scenario, shows the deadlock and the map, and re-analyses when the date moves", async () => {
    const server = fakeServer();
    const r = await render(<App client={new ApiClient({ fetch: server.fetch })} />);
    cleanup = r.unmount;
    const verdict = await waitFor(() => r.container.querySelector("[data-verdict]"));
    expect(verdict.getAttribute("data-verdict")).toBe("deadlock");
    expect(window.location.hash).toBe("#/scenario/fixture");
    expect(r.container.querySelectorAll("path[data-territory]").length).toBe(27);
    expect(r.container.querySelector(".conflict-card")!.textContent).toContain("⟂");

    const slider = r.container.querySelector("#timeline-slider") as HTMLInputElement;
    expect(slider.value).toBe("1");
    const previous = r.container.querySelector('button[aria-label="Previous date"]')!;
    click(previous);
    await waitFor(() =>
      server.requests.includes("GET /api/scenarios/fixture/analysis?at=2025-04-17&version=1"),
    );
    expect(r.container.querySelector("[data-testid=timeline-date]")!.textContent).toBe("2025-04-17");
  });

  it("relaxing a red line in the what-if editor turns the verdict into a zone of agreement; saving keeps it", async () => {
    const server = fakeServer();
    const r = await render(<App client={new ApiClient({ fetch: server.fetch })} />);
    cleanup = r.unmount;
    await waitFor(() => r.container.querySelector("[data-verdict=deadlock]"));
    click(r.container.querySelector("#tab-whatif")!);
    const checkbox = await waitFor(
      () =>
        r.container.querySelector('input[data-redline="RU:crimea-sovereignty"]') as HTMLInputElement | null,
    );
    expect(checkbox.checked).toBe(true);
    click(checkbox);
    await waitFor(() => r.container.querySelector("[data-verdict=zopa]"));
    expect(server.requests.some((q) => q.startsWith("POST /api/analyze"))).toBe(true);
    expect(r.container.querySelector(".badge.draft")).not.toBeNull();

    // an invalid reservation value is flagged inline and not applied
    const reservation = r.container.querySelector('input[name="reservation"]') as HTMLInputElement;
    act(() => {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
      setter.call(reservation, "1.5");
      reservation.dispatchEvent(new Event("input", { bubbles: true }));
    });
    expect(r.container.querySelector(".field-message")!.textContent).toBe("must be at most 1");

    const message = r.container.querySelector("#save-message") as HTMLInputElement;
    act(() => {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
      setter.call(message, "Russia drops the Crimea red line");
      message.dispatchEvent(new Event("input", { bubbles: true }));
    });
    const save = [...r.container.querySelectorAll("button")].find(
      (b) => b.textContent === "Save as new version",
    )!;
    click(save);
    await waitFor(() => r.container.querySelector("[data-testid=version]")?.textContent === "v2");
    expect(server.versions).toHaveLength(2);
    expect(server.versions[1]!.meta.message).toBe("Russia drops the Crimea red line");
    expect(r.container.querySelector(".badge.draft")).toBeNull();
    await waitFor(() => r.container.querySelector("[data-verdict=zopa]"));
    expect(r.container.querySelector(".status")!.textContent).toBe("Saved as version 2.");
  });
});
