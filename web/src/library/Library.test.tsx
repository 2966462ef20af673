// @vitest-environment happy-dom
import { act } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { ApiClient } from "../api/ApiClient";
import type { ParetoData } from "../charts/normalizePareto";
import { fakeServer } from "../testing/fakeFetch";
import { render } from "../testing/render";
import { fileKind, Library } from "./Library";

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

async function settle(until: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !until(); i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 10));
    });
  }
  if (!until()) throw new Error(`settle: timed out; page: ${document.body.textContent}`);
}

function upload(input: HTMLInputElement, files: File[]) {
  Object.defineProperty(input, "files", { value: files, configurable: true });
  act(() => {
    input.dispatchEvent(new Event("change", { bubbles: true }));
  });
}

describe("Library", () => {
  it("fileKind(name) tells scenario text from GENIUS XML", () => {
    expect(fileKind("a.YAML")).toBe("yaml");
    expect(fileKind("a.yml")).toBe("yaml");
    expect(fileKind("a.json")).toBe("json");
    expect(fileKind("Dinner_util1.xml")).toBe("genius");
    expect(fileKind("notes.txt")).toBeUndefined();
  });

  it("lists scenarios, forks one, creates one from an uploaded file and shows a bad file's diagnostics", async () => {
    const server = fakeServer();
    const opened: string[] = [];
    const r = await render(
      <Library
        client={new ApiClient({ fetch: server.fetch })}
        current={undefined}
        onOpen={(id) => opened.push(id)}
        onGenius={() => {}}
      />,
    );
    cleanup = r.unmount;
    await settle(() => r.container.querySelector('tr[data-scenario="fixture"]') !== null);
    const fork = [...r.container.querySelectorAll("button")].find((b) => b.textContent === "Fork")!;
    act(() => fork.click());
    await settle(() => opened.includes("fixture-2"));

    const input = r.container.querySelector('input[type="file"]') as HTMLInputElement;
    upload(input, [new File(["id: up\ntitle: Uploaded\n"], "up.yaml")]);
    await settle(() => opened.includes("uploaded"));
    expect(server.requests).toContain("POST /api/scenarios");
    expect(server.bodies[server.requests.indexOf("POST /api/scenarios")]).toBe("id: up\ntitle: Uploaded\n");

    upload(input, [new File(["id: bad\n"], "bad.yaml")]);
    await settle(() => r.container.querySelector(".diagnostics") !== null);
    expect(r.container.querySelector(".diagnostics")!.textContent).toContain("line 1:1 title is required");
  });

  it("sends GENIUS files to the Pareto endpoint with the domain first", async () => {
    const server = fakeServer();
    const genius: { pareto: ParetoData; title: string }[] = [];
    const r = await render(
      <Library
        client={new ApiClient({ fetch: server.fetch })}
        current={undefined}
        onOpen={() => {}}
        onGenius={(pareto, title) => genius.push({ pareto, title })}
      />,
    );
    cleanup = r.unmount;
    const input = r.container.querySelector('input[type="file"]') as HTMLInputElement;
    const profile = new File(
      ['<utility_space><weight index="1" value="1"/></utility_space>'],
      "Dinner_util1.xml",
    );
    const domain = new File(["<negotiation_template><utility_space/></negotiation_template>"], "Dinner.xml");
    upload(input, [profile, domain]);
    await settle(() => genius.length === 1);
    expect(genius[0]!.title).toBe("Dinner.xml");
    const form = server.bodies.at(-1) as FormData;
    expect([...form.entries()].map(([field, file]) => `${field}=${(file as File).name}`)).toEqual([
      "domain=Dinner.xml",
      "profile1=Dinner_util1.xml",
    ]);
  });
});
