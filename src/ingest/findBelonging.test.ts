import { describe, expect, it } from "vitest";
import { analyzeText } from "./analyzeText.js";
import { builtinGazetteer } from "./builtinGazetteer.js";
import { findBelonging } from "./findBelonging.js";
import { findMentions } from "./findMentions.js";

const belonging = (text: string) => {
  const analyzed = analyzeText(text);
  const mentions = findMentions(analyzed, builtinGazetteer);
  return findBelonging(analyzed.tokens, 0, analyzed.tokens.length, mentions, builtinGazetteer).map(
    (b) =>
      `${b.kind} ${b.place.ids.join("+")} ${b.owners.join("+")}${b.negated ? " not" : ""}${b.past ? " past" : ""}${b.keep ? " keep" : ""}`,
  );
};

describe("findBelonging(tokens, start, end, mentions, gazetteer)", () => {
  it("reads a demonym, 'part of', a possessive and 'belongs to' as the owner", () => {
    expect(belonging("Crimea is Ukrainian.")).toEqual(["belongs UA-43 UA"]);
    expect(belonging("Donetsk will always be part of Russia.")).toEqual(["belongs UA-14 RU"]);
    expect(belonging("Kherson belongs to Ukraine.")).toEqual(["belongs UA-65 UA"]);
  });

  it("gives every coordinated subject and skips head nouns and quotation marks", () => {
    expect(belonging('Zaporizhzhia and Kherson regions are "constituent parts of Russia".')).toEqual([
      "belongs UA-23 RU",
      "belongs UA-65 RU",
    ]);
  });

  it("marks negation, the past (history unless reported) and keeping ('will remain')", () => {
    expect(belonging("Crimea is not Russian.")).toEqual(["belongs UA-43 RU not"]);
    expect(belonging("Odesa was a Russian city.")).toEqual(["belongs UA-51 RU past"]);
    expect(belonging("Odesa will remain Ukrainian.")).toEqual(["belongs UA-51 UA keep"]);
  });

  it("reads who holds a place: 'fell to', 'in X hands', 'under X control'", () => {
    expect(belonging("Avdiivka fell to Russian forces.")).toEqual(["control UA-14 RU past"]);
    expect(belonging("Kupiansk remains in Ukrainian hands.")).toEqual(["control UA-63 UA"]);
    expect(belonging("Crimea is under Russian control.")).toEqual(["control UA-43 RU"]);
  });

  it("finds nothing in a sentence without a copula after a place", () => {
    expect(belonging("Russia attacked Kharkiv overnight.")).toEqual([]);
  });
});
