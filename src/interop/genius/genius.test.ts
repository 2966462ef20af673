import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bruteForceFrontier } from "../../analysis/pareto/bruteForceFrontier.js";
import { paretoFrontier } from "../../analysis/pareto/paretoFrontier.js";
import { evaluateOutcome } from "../../space/evaluateOutcome.js";
import { outcomeCount } from "../../space/outcomeCount.js";
import { exportGeniusJson, parseGeniusJson } from "./geniusJson.js";
import { geniusToSpace } from "./geniusToSpace.js";
import { geniusUtility } from "./geniusUtility.js";
import { importGenius } from "./importGenius.js";
import { parseGeniusDomain } from "./parseGeniusDomain.js";
import { parseGeniusProfile } from "./parseGeniusProfile.js";
import { parseGeniusWebProfile } from "./parseGeniusWeb.js";

const fixture = (name: string) => ({
  file: name,
  text: readFileSync(new URL(`../../../test/fixtures/genius/${name}`, import.meta.url), "utf8"),
});
const fruit = () => importGenius(["fruit-domain.xml", "fruit-buyer.xml", "fruit-seller.xml"].map(fixture));
const at = (values: string[], imp = fruit()) =>
  imp.domain.issues.map((issue, i) => issue.values.indexOf(values[i]!));

describe("GENIUS XML import", () => {
  it("parseGeniusDomain(text) reads discrete and integer issues from a negotiation_template", () => {
    const { domain } = parseGeniusDomain(fixture("fruit-domain.xml").text, { file: "fruit-domain.xml" });
    expect(domain.name).toBe("Fruit");
    expect(domain.issues.map((i) => [i.name, i.kind, i.values])).toEqual([
      ["Fruit", "discrete", ["Apple", "Pear", "Quince"]],
      ["Delivery", "discrete", ["Today", "Tomorrow"]],
      ["Boxes", "integer", ["1", "2", "3", "4"]],
    ]);
  });

  it("parseGeniusProfile(text, domain) applies GENIUS semantics: e/max, clamped integers, weights as given", () => {
    const imp = fruit();
    const [buyer, seller] = imp.profiles;
    expect(geniusUtility(imp.domain.issues, buyer!, at(["Pear", "Today", "2"]))).toBeCloseTo(0.95, 12);
    expect(geniusUtility(imp.domain.issues, buyer!, at(["Quince", "Tomorrow", "4"]))).toBeCloseTo(
      0.5 * 0.25 + 0.1 + 0.2,
      12,
    );
    expect(geniusUtility(imp.domain.issues, seller!, at(["Quince", "Tomorrow", "1"]))).toBeCloseTo(1, 12);
    expect(geniusUtility(imp.domain.issues, seller!, at(["Pear", "Today", "4"]))).toBeCloseTo(0.125, 12);
    expect(buyer!.weights).toEqual([0.5, 0.3, 0.2]);
    expect(seller!.weights).toEqual([0.25, 0.5, 0.25]);
  });

  it("parseGeniusProfile(text, domain) maps weights through the profile's own issue indices", () => {
    const imp = fruit();
    const renumbered = fixture("fruit-buyer.xml")
      .text.replace('<issue index="1"', '<issue index="7"')
      .replace('<weight index="1"', '<weight index="7"');
    const { profile } = parseGeniusProfile(renumbered, imp.domain, { file: "renumbered.xml" });
    expect(profile.weights).toEqual(imp.profiles[0]!.weights);
    expect(profile.evaluators).toEqual(imp.profiles[0]!.evaluators);
  });

  it("parseGeniusProfile(text, domain) reads reservation, discount and type with their defaults", () => {
    const [buyer, seller] = fruit().profiles;
    expect([buyer!.reservation, buyer!.discount, buyer!.rawDiscount]).toEqual([0.3, 1, 0]);
    expect([seller!.reservation, seller!.discount, seller!.rawDiscount, seller!.type]).toEqual([
      0.45,
      1,
      2,
      "UNCERTAIN",
    ]);
  });

  it("real issues are discretised and scored with linear and triangular evaluators", () => {
    const imp = importGenius(["heat-domain.xml", "heat-warm.xml", "heat-cool.xml"].map(fixture));
    expect(imp.domain.issues[0]!.values).toHaveLength(11);
    const u = (p: number, t: string, fan: string) =>
      geniusUtility(imp.domain.issues, imp.profiles[p]!, at([t, fan], imp));
    expect(u(0, "10", "off")).toBeCloseTo(0.7 * 0.25 + 0.3, 12);
    expect(u(0, "30", "on")).toBeCloseTo(0.7, 12);
    expect(u(1, "18", "on")).toBeCloseTo(1, 12);
    expect(u(1, "24", "off")).toBeCloseTo(0.25, 12);
    expect(imp.diagnostics.map((d) => d.code)).toEqual(["weights_missing"]);
  });

  it("geniusToSpace(imported) caps GENIUS totals at 1, exactly, when the weighted maxima exceed 1", () => {
    const imp = importGenius(["fruit-domain.xml", "capped-prof.xml", "fruit-buyer.xml"].map(fixture));
    const converted = geniusToSpace(imp);
    expect(converted.capped).toBe(true);
    expect(converted.diagnostics.map((d) => d.code)).toEqual(["cap_binds"]);
    expect(evaluateOutcome(converted.space, Int32Array.from(at(["Apple", "Today", "4"], imp)))[0]).toBe(1);
    expect(outcomeCount(converted.space)).toBe(24n);
    expect(paretoFrontier(converted.space).map((p) => p.count)).toEqual(
      bruteForceFrontier(converted.space).map((p) => p.count),
    );
  });

  it("importGenius(files) reports bad files with the file and the element", () => {
    const bad = (name: string) => () => importGenius([fixture("fruit-domain.xml"), fixture(name)]);
    expect(bad("broken-prof.xml")).toThrow(/broken-prof\.xml:\d+:\d+: invalid XML/);
    expect(bad("nonlinear-prof.xml")).toThrow(
      /nonlinear-prof\.xml: utility_space type="nonlinear" is not supported/,
    );
    expect(bad("unknown-value-prof.xml")).toThrow(
      /unknown-value-prof\.xml: issue #1 "Fruit": item #1: unknown value "Banana"/,
    );
    expect(() => importGenius([fixture("fruit-domain.xml")])).toThrow(/missing profiles/);
    expect(() => parseGeniusProfile("<utility_space/>", fruit().domain, { file: "x.xml" })).toThrow(
      /x\.xml: missing element utility_space > objective/,
    );
  });
});

describe("GeniusWeb JSON import", () => {
  it("parseGeniusWebProfile(text) reads both key spellings and numeric ranges", () => {
    const imp = importGenius(["trip-domain.json", "trip-alice.json", "trip-bob.json"].map(fixture));
    expect(imp.domain.issues[1]!.values).toEqual(["2", "4", "6"]);
    const u = (p: number, city: string, nights: string) =>
      geniusUtility(imp.domain.issues, imp.profiles[p]!, at([city, nights], imp));
    expect(u(0, "Oslo", "2")).toBeCloseTo(0.6 + 0.4 * 0.2, 12);
    expect(u(0, "Pune", "6")).toBeCloseTo(0.4, 12);
    expect(u(1, "Lima", "4")).toBeCloseTo(0.125 + 0.25, 12);
    expect(imp.profiles[0]!.reservation).toBeCloseTo(0.54, 12);
    expect(imp.profiles[0]!.reservationBid).toEqual({ city: "Lima", nights: "4" });
    expect(imp.profiles[1]!.reservation).toBe(0);
  });

  it("parseGeniusWebProfile(text) names the file and key of a bad profile", () => {
    const text = fixture("trip-bob.json").text.replace('"Pune": 1.0', '"Paris": 1.0');
    expect(() => parseGeniusWebProfile(text, { file: "bob.json" })).toThrow(
      /bob\.json: LinearAdditiveUtilitySpace\.issueUtilities\["city"\]\.valueUtilities: unknown value "Paris"/,
    );
    expect(() => parseGeniusWebProfile("{", { file: "b.json" })).toThrow(/b\.json: invalid JSON/);
  });
});

describe("lossless JSON export", () => {
  it("parseGeniusJson(exportGeniusJson(imported)) gives back the same domain, profiles and space", () => {
    for (const files of [
      ["fruit-domain.xml", "fruit-buyer.xml", "fruit-seller.xml"],
      ["heat-domain.xml", "heat-warm.xml", "heat-cool.xml"],
      ["trip-alice.json", "trip-bob.json"],
    ]) {
      const imp = importGenius(files.map(fixture));
      const text = JSON.stringify(exportGeniusJson(imp));
      const back = importGenius([{ file: "export.json", text }]);
      expect(back.domain).toEqual(imp.domain);
      expect(back.profiles).toEqual(imp.profiles);
      const a = geniusToSpace(imp);
      const b = geniusToSpace(back);
      expect(b.space).toEqual(a.space);
      expect(b.reservation).toEqual(a.reservation);
    }
  });

  it("parseGeniusJson(text) names the path of an invalid field", () => {
    const text = JSON.stringify({ ...exportGeniusJson(fruit()), profiles: [{ name: 1 }] });
    expect(() => parseGeniusJson(text, { file: "e.json" })).toThrow(/e\.json: profiles\.0\.name: /);
  });
});
