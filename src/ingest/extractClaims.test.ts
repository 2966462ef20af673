import { describe, expect, it } from "vitest";
import type { Gazetteer } from "./gazetteer.js";
import { ingestArticle } from "./ingestArticle.js";

const claims = (text: string, gazetteers: Gazetteer[] = []) =>
  ingestArticle(text, { date: "2025-05-16", gazetteers, claimModel: false }).claims.map(
    (c) => `${c.actor} ${c.negated ? "not " : ""}${c.stance} ${c.territory}`,
  );

describe("extractClaims(analyzed, mentions, gazetteer) via ingestArticle(text)", () => {
  it("reads a demand that another party give up a dash-delimited list", () => {
    expect(
      claims("Moscow wants Kyiv to give up territory—like Donetsk, Luhansk and Kherson—before any talks."),
    ).toEqual(["RU demands UA-14", "RU demands UA-09", "RU demands UA-65"]);
  });

  it("does not treat 'not just … but also' as negation", () => {
    const out = claims("Russia demands not just Kherson but also Odessa.");
    expect(out).toEqual(["RU demands UA-65", "RU demands UA-51"]);
  });

  it("reads 'areas X doesn't control' as a negated control fact", () => {
    expect(claims("Russia wants areas it does not hold. Russia doesn't control Kharkov yet.")).toContain(
      "RU not controls UA-63",
    );
  });

  it("reads 'is off the table' and 'X included' after a cession as a refusal to cede", () => {
    expect(claims("Zelensky said that giving up any territory—Crimea included—is off the table.")).toEqual([
      "UA refuses_to_cede *",
      "UA refuses_to_cede UA-43",
    ]);
  });

  it("resolves 'that's a non-starter' to the last demand and the frame's actor", () => {
    const out = claims("The Kremlin demands Zaporozhye. From Ukraine's side, that's a non-starter.");
    expect(out).toEqual(["RU demands UA-23", "UA rejects UA-23"]);
  });

  it("resolves 'they' and 'these territories' in reported speech to the last subject and demand", () => {
    const out = claims(
      "Russia wants Ukraine to cede Lugansk. Putin and Lavrov have been clear: they consider all of these territories part of Russia.",
    );
    expect(out).toEqual(["RU demands UA-09"]);
  });

  it("reads threats, offers, acceptance and recognition", () => {
    expect(claims("Medinsky threatened to seize the Sumy and Kharkiv regions.")).toEqual([
      "RU threatens UA-59",
      "RU threatens UA-63",
    ]);
    expect(claims("Ukraine offered to withdraw from Kursk.")).toEqual(["UA offers unknown:kursk"]);
    expect(claims("Washington would recognize Crimea as Russian.")).toEqual(["US recognizes UA-43"]);
    expect(claims("Kyiv accepted a ceasefire.")).toEqual(["UA accepts issue:ceasefire"]);
  });

  it("maps cities to their region and treats a refused recognition as a rejection", () => {
    expect(claims("Ukraine will never recognize Russian rule over Mariupol.")).toContain("UA rejects UA-14");
  });

  it("reads a passive agent and a relative clause", () => {
    expect(claims("Crimea was annexed by Russia in 2014.")).toEqual(["RU controls UA-43"]);
    expect(claims("Kyiv proposed a ceasefire, which the Kremlin dismissed.")).toEqual([
      "UA offers issue:ceasefire",
      "RU rejects issue:ceasefire",
    ]);
  });

  it("uses a gazetteer for other disputes and reports unknown places in claim slots", () => {
    const kosovo: Gazetteer = {
      actors: [{ id: "XK", name: "Kosovo", metonyms: ["Pristina"] }],
      territories: [{ id: "north-kosovo", name: "North Kosovo", cities: ["Zvecan"] }],
      groups: [],
      issues: [],
    };
    expect(claims("Belgrade demanded that Pristina withdraw from Zvecan.", [kosovo])).toEqual([
      "RS demands north-kosovo",
    ]);
    expect(claims("Morocco claims Western Sahara.")).toEqual(["MA demands unknown:western-sahara"]);
  });
  describe("general constructions (negation scope, passive, reported speech, coordination, pronouns)", () => {
    const cases: [string, string[]][] = [
      ["Kyiv has said it is not willing to cede Kherson.", ["UA refuses_to_cede UA-65"]],
      [
        "Ukraine and its allies have refused to recognize the annexation of Crimea.",
        ["UA rejects UA-43", "RU controls UA-43"],
      ],
      ["The EU has yet to recognize Russian control of Crimea.", ["EU rejects UA-43", "RU controls UA-43"]],
      ["Peskov said Kyiv has to withdraw from Luhansk.", ["RU demands UA-09"]],
      ["Donetsk will not be given up, Zelensky said.", ["UA refuses_to_cede UA-14"]],
      ["Kherson must be handed over to Russia, Lavrov said.", ["RU demands UA-65"]],
      ["Zelensky dismissed calls to cede Donetsk.", ["UA rejects UA-14"]],
      ["Kyiv will not hand Donetsk over to Russia.", ["UA refuses_to_cede UA-14"]],
      ["Moscow demanded that Kyiv recognize Crimea as Russian.", ["RU demands UA-43"]],
      ["Zelensky told reporters that Ukraine would not give up Donetsk.", ["UA refuses_to_cede UA-14"]],
      ["Ukraine will not, Zelensky said, give up Donetsk.", ["UA refuses_to_cede UA-14"]],
      [
        "Russia wants Kherson. Ukraine has refused to give it up.",
        // the refusal answers Russia's demand: a refusal to cede and a rejection (GUIDELINE.md)
        ["RU demands UA-65", "UA refuses_to_cede UA-65", "UA rejects UA-65"],
      ],
      ["Russia controls Crimea. It also demands Kherson.", ["RU controls UA-43", "RU demands UA-65"]],
      ["Both Russia and Belarus claim Crimea.", ["BY demands UA-43", "RU demands UA-43"]],
      [
        "Neither Russia nor Ukraine is willing to give up Donetsk.",
        ["UA refuses_to_cede UA-14", "RU refuses_to_cede UA-14"],
      ],
      ["Ukraine, backed by the EU, refuses to cede Kherson.", ["UA refuses_to_cede UA-65"]],
      ["Talks stalled. According to Kyiv, Russia occupies Luhansk.", ["RU controls UA-09"]],
      ["Moscow's demands: Donetsk and Luhansk.", ["RU demands UA-14", "RU demands UA-09"]],
      ["Ukrainian forces have regained control of Izium.", ["UA controls UA-63"]],
      ["Ukraine seeks to regain Crimea.", ["UA demands UA-43"]],
      ["Russia wants Kherson, and Ukraine has refused.", ["RU demands UA-65", "UA rejects UA-65"]],
      ["Moscow considers Crimea Russian territory.", ["RU demands UA-43"]],
      ["Ukraine will fight to take back Crimea.", ["UA demands UA-43"]],
      // Statements of belonging and of who holds a place (findBelonging).
      ["Zelensky said Crimea remains Ukrainian.", ["UA demands UA-43"]],
      [
        "Putin said Donetsk, Zaporizhzhia and Luhansk are Russian land.",
        ["RU demands UA-14", "RU demands UA-23", "RU demands UA-09"],
      ],
      ["Rubio said Crimea would stay Russian.", ["US recognizes UA-43"]],
      ["Kosovo was part of Serbia until 2008.", []],
      ["Avdiivka fell to Russian forces in February.", ["RU controls UA-14"]],
      [
        "Fighting raged near Pokrovsk. Ukrainian commanders said the city remained in Ukrainian hands.",
        ["UA controls UA-14"],
      ],
      ["In Kyiv, Russia now holds most of Luhansk.", ["RU controls UA-09"]],
      ["Zelensky said Ukraine would not trade land for a ceasefire.", ["UA refuses_to_cede *"]],
      [
        "The Kremlin said Ukraine has to pull its forces out of the four regions Moscow annexed in 2022.",
        ["RU demands UA-14", "RU demands UA-09", "RU demands UA-23", "RU demands UA-65"],
      ],
      [
        "Russian control of Crimea and the four annexed regions is a fact.",
        [
          "RU controls UA-43",
          "RU controls UA-14",
          "RU controls UA-09",
          "RU controls UA-23",
          "RU controls UA-65",
        ],
      ],
      // Plans, reported obligations and answers (second session, from the independent dev texts' phrasing).
      [
        "Zelensky rejected a U.S.-drafted proposal that would require Ukraine to pull its forces out of Donetsk.",
        ["UA rejects UA-14", "UA refuses_to_cede UA-14", "US demands UA-14"],
      ],
      [
        "Washington floated a peace framework. Ukrainian forces would be asked to withdraw from Donetsk, while the front in Kherson would be frozen.",
        ["US demands UA-14", "US offers UA-65"],
      ],
      [
        "Putin stopped short of endorsing the ceasefire proposed by Washington.",
        ["US offers issue:ceasefire"],
      ],
      [
        "Lavrov dismissed the security guarantees proposed by London and Paris.",
        [
          "RU rejects issue:security_guarantees",
          "GB offers issue:security_guarantees",
          "FR offers issue:security_guarantees",
        ],
      ],
      [
        "Putin has said that Russia will accept nothing less than the whole of Donbas.",
        ["RU demands UA-14", "RU demands UA-09"],
      ],
      ['Lavrov insisted Moscow "has no designs on Odesa".', ["RU not demands UA-51"]],
      ["Russia has never held Odesa.", ["RU not controls UA-51"]],
      [
        "The Kremlin insisted that Ukrainian troops must leave the parts of Donetsk they still hold.",
        ["RU demands UA-14", "UA controls UA-14"],
      ],
      ["Ukraine's accession to NATO is not on the table, Rubio said.", ["US rejects issue:nato_membership"]],
      ["The European Commission has ruled out easing sanctions.", ["EU rejects issue:sanctions"]],
      [
        "Russian troops would take Kherson if Kyiv refused to hand it over.",
        ["RU threatens UA-65", "RU demands UA-65"],
      ],
      ["Ukraine's General Staff acknowledged it had abandoned Siversk.", []],
      // transcripts: a speaker label starts a turn; "QUESTION:" turns are the journalists'
      [
        "QUESTION: Does Moscow still want Kherson?\n\nPESKOV: Our position has not changed. Kherson is Russian. A ceasefire now is out of the question.",
        ["RU demands UA-65", "RU rejects issue:ceasefire"],
      ],
      [
        "Zelensky said any deal must provide for the return of Kherson and Melitopol. All three have been held by Russian forces since 2022.",
        ["UA demands UA-65", "UA demands UA-23", "RU controls UA-65", "RU controls UA-23"],
      ],
      // agentless annexations: the gazetteer's annexing party (annexationClaims)
      [
        "The EU condemned the illegal annexation of Crimea and Sevastopol.",
        ["EU rejects UA-43", "EU rejects UA-40", "RU controls UA-43", "RU controls UA-40"],
      ],
      [
        "The Kremlin says Crimea, annexed in 2014, is not up for discussion.",
        ["RU refuses_to_cede UA-43", "RU controls UA-43"],
      ],
      [
        "Zelensky noted that the constitution forbids giving up any of the country's land.",
        ["UA refuses_to_cede *"],
      ],
      ["Ukrainian commanders warned that Russia was massing troops near Huliaipole.", ["RU threatens UA-23"]],
    ];
    for (const [text, expected] of cases)
      it(text, () => {
        expect(claims(text)).toEqual(expected);
      });
  });
});
