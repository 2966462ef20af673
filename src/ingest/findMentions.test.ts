import { describe, expect, it } from "vitest";
import { analyzeText } from "./analyzeText.js";
import { builtinGazetteer } from "./builtinGazetteer.js";
import { findMentions } from "./findMentions.js";

const ids = (text: string, kinds: string[]) =>
  findMentions(analyzeText(text), builtinGazetteer)
    .filter((m) => kinds.includes(m.kind))
    .flatMap((m) => m.ids);
const territories = (text: string) => ids(text, ["territory", "city", "group"]);
const actors = (text: string) => ids(text, ["actor", "person", "demonym", "metonym"]);

describe("findMentions(analyzed, gazetteer)", () => {
  it("matches every transliteration of the oblasts", () => {
    expect(territories("Zaporizhia, Zaporizhzhia and Zaporozhye.")).toEqual(["UA-23", "UA-23", "UA-23"]);
    expect(territories("Kharkiv or Kharkov; Odesa or Odessa; Mykolaiv or Nikolaev.")).toEqual([
      "UA-63",
      "UA-63",
      "UA-51",
      "UA-51",
      "UA-48",
      "UA-48",
    ]);
    expect(territories("Luhansk and Lugansk, Dnipropetrovsk and Dnipro.")).toEqual([
      "UA-09",
      "UA-09",
      "UA-12",
      "UA-12",
    ]);
  });

  it("maps cities to their region and Donbas to two oblasts, but not the Dnipro river", () => {
    expect(territories("Mariupol, Melitopol and Bakhmut.")).toEqual(["UA-14", "UA-23", "UA-14"]);
    expect(territories("The Donbas.")).toEqual(["UA-14", "UA-09"]);
    expect(territories("Troops crossed the Dnipro River.")).toEqual([]);
  });

  it("maps people, names, metonyms and agent demonyms to parties", () => {
    expect(actors("Rubio, Witkoff, Putin, Lavrov and Zelensky spoke.")).toEqual([
      "US",
      "US",
      "RU",
      "RU",
      "UA",
    ]);
    expect(actors("The Kremlin and Washington disagree with Kyiv and Brussels.")).toEqual([
      "RU",
      "US",
      "UA",
      "EU",
    ]);
    expect(actors("Russian forces advanced.")).toEqual(["RU"]);
  });

  it("does not read places or qualifiers as actors", () => {
    expect(actors("The talks in London ended.")).toEqual([]);
    expect(actors("The Minsk agreements failed.")).toEqual([]);
    expect(actors("They call them historic Russian lands.")).toEqual([]);
    expect(actors("the us and them")).toEqual([]);
  });

  it("gives offsets into the text", () => {
    const text = "Talks on Crimea.";
    const [m] = findMentions(analyzeText(text), builtinGazetteer);
    expect(text.slice(m?.start, m?.end)).toBe("Crimea");
  });
});

describe("alignGazetteer(gazetteer, scenario)", () => {
  it("re-keys built-in actors to the scenario party that lists one of their names", async () => {
    const { alignGazetteer } = await import("./alignGazetteer.js");
    const scenario = {
      actors: [{ id: "EUR", name: "European partners", aliases: ["Europe", "London", "Paris"] }],
      territories: [],
      groups: [],
      issues: [],
    };
    const aligned = alignGazetteer(builtinGazetteer, scenario);
    const idOf = (name: string) => aligned.actors.find((a) => a.name === name)?.id;
    expect(idOf("United Kingdom")).toBe("EUR");
    expect(idOf("France")).toBe("EUR");
    expect(idOf("European Union")).toBe("EUR");
    expect(idOf("Russia")).toBe("RU");
    const mentions = findMentions(analyzeText("Macron and Starmer met Putin."), aligned);
    expect(mentions.map((m) => m.ids[0])).toEqual(["EUR", "EUR", "RU"]);
  });
});
