/**
 * Small hand-written scenario and analysis result for component tests (not the bundled scenario).
 * @module
 */
import type { AnalysisResult, Scenario } from "../api/types";

export const scenarioFixture: Scenario = {
  id: "fixture",
  title: "Fixture negotiation",
  date: "2025-04-23",
  map: "ukraine",
  sources: {
    s1: { title: "Source one", publisher: "Agency", url: "https://example.org/one", date: "2025-04-01" },
    s2: { title: "Source two" },
  },
  parties: [
    {
      id: "RU",
      name: "Russia",
      kind: "state",
      role: "negotiator",
      preferences: {
        territoryWeights: { "UA-14": 2, "UA-43": 3 },
        redLines: [
          {
            id: "crimea-sovereignty",
            description: "Must hold de jure sovereignty over Crimea",
            territories: ["UA-43"],
            require: { dimension: "sovereignty", in: ["RU"] },
            source: "s1",
          },
        ],
        reservation: { value: 0.4, assumption: true },
      },
    },
    {
      id: "UA",
      name: "Ukraine",
      kind: "state",
      role: "negotiator",
      preferences: {
        redLines: [
          {
            id: "no-cession",
            description: "No cession of Crimea",
            territories: ["UA-43"],
            forbid: { dimension: "sovereignty", in: ["RU"] },
            salience: 3,
            source: "s2",
          },
        ],
        reservation: { value: 0.3, assumption: true },
      },
    },
  ],
  territories: [
    {
      id: "UA-43",
      name: "Autonomous Republic of Crimea",
      holder: "UA",
      control: [{ date: "2014-03-18", shares: { RU: 100 }, source: "s1" }],
      claims: [{ party: "RU", basis: "annexation", since: "2014-03-18", source: "s1" }],
    },
    {
      id: "UA-14",
      name: "Donetsk Oblast",
      holder: "UA",
      control: [
        { date: "2023-01-01", shares: { RU: 56.7 }, source: "s1" },
        { date: "2025-01-01", shares: { RU: 67.5 }, source: "s1" },
      ],
      claims: [{ party: "RU", basis: "annexation", since: "2022-09-30", source: "s1" }],
    },
    {
      id: "UA-51",
      name: "Odesa Oblast",
      holder: "UA",
      control: [{ date: "2022-01-01", shares: {}, source: "s2" }],
      claims: [{ party: "RU", basis: "rhetorical", since: "2014-04-17", source: "s2" }],
    },
    {
      id: "kinburn",
      name: "Kinburn Spit",
      parent: "UA-48",
      holder: "UA",
      control: [{ date: "2022-06-10", shares: { RU: 100 }, source: "s2" }],
    },
  ],
  dimensions: [
    {
      id: "sovereignty",
      name: "Sovereignty",
      options: [{ id: "UA" }, { id: "RU" }],
      statusQuo: "UA",
    },
  ],
  issues: [],
  proposals: [],
  events: [
    { id: "e1", date: "2025-04-17", kind: "proposal", title: "Framework presented", source: "s1" },
    { id: "e2", date: "2025-04-23", kind: "talks", title: "London meeting downgraded", source: "s2" },
  ],
};

const crimeaRu = {
  id: "RU:crimea-sovereignty@UA-43",
  party: "RU",
  kind: "redLine" as const,
  redLine: "crimea-sovereignty",
  territory: "UA-43",
  description: "Must hold de jure sovereignty over Crimea",
  salience: 1,
  source: "s1",
};
const crimeaUa = {
  id: "UA:no-cession@UA-43",
  party: "UA",
  kind: "redLine" as const,
  redLine: "no-cession",
  territory: "UA-43",
  description: "No cession of Crimea",
  salience: 3,
  source: "s2",
};

export const deadlockFixture: AnalysisResult = {
  scenario: { id: "fixture", title: "Fixture negotiation" },
  at: "2025-04-23",
  verdict: "deadlock",
  summary: "No outcome satisfies every red line of Russia and Ukraine at 2025-04-23.",
  space: { outcomes: "2", issues: 1, territories: 1, parties: ["RU", "UA"] },
  parties: [
    { id: "RU", name: "Russia", role: "negotiator", reservation: 0.4, redLines: 1, active: true },
    { id: "UA", name: "Ukraine", role: "negotiator", reservation: 0.3, redLines: 1, active: true },
  ],
  zopa: { exists: false, count: "0", fraction: 0 },
  conflicts: [
    {
      parties: ["RU", "UA"],
      territories: ["UA-43"],
      issues: ["sovereignty"],
      constraints: [crimeaRu, crimeaUa],
      explanation: "Russia's position on Crimea's sovereignty and Ukraine's cannot both hold.",
    },
  ],
  conflictsComplete: true,
  concessions: [
    {
      rank: 1,
      moves: [crimeaRu],
      parties: ["RU"],
      territories: ["UA-43"],
      size: 1,
      cost: 1,
      opens: { best: { RU: 0.55, UA: 0.8 } },
    },
  ],
  unilateral: { RU: null, UA: null },
  proposals: [
    {
      id: "p1",
      name: "Framework",
      by: ["US"],
      parties: {
        RU: {
          acceptable: true,
          utility: { min: 0.6, max: 0.7 },
          reservation: 0.4,
          brokenRedLines: [],
          reason: "Above reservation value.",
        },
        UA: {
          acceptable: false,
          utility: null,
          reservation: 0.3,
          brokenRedLines: [crimeaUa],
          reason: "Breaks red line: No cession of Crimea.",
        },
      },
      acceptableToAll: false,
    },
  ],
  warnings: [],
};
