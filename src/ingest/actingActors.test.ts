import { describe, expect, it } from "vitest";
import { ingestArticle } from "./ingestArticle.js";

const actors = (text: string) =>
  ingestArticle(text, { date: "2025-05-16" })
    .actors.map((a) => a.id)
    .sort();

describe("actingActors(tokens, mentions, claims, events) via ingestArticle(text)", () => {
  it("keeps parties that are subjects, speak through people or are named as agents", () => {
    expect(actors("Turkey refused to comment. Peskov spoke to reporters. Russian forces advanced.")).toEqual([
      "RU",
      "TR",
    ]);
    expect(actors("The United States and the EU criticized the move.")).toEqual(["EU", "US"]);
    expect(actors("Algeria, which hosts the refugee camps, said it would not accept the plan.")).toEqual([
      "DZ",
    ]);
  });

  it("drops parties named only as objects or modifiers", () => {
    expect(actors("Ukraine will never join NATO and offers neutrality instead.")).toEqual(["UA"]);
    expect(actors("Sanctions on Russia hurt the economy, Zelensky said.")).toEqual(["UA"]);
  });

  it("does not read 'European leaders' as the European Union", () => {
    expect(actors("European leaders met in Paris.")).toEqual([]);
  });
});
