/**
 * Places in Russia that the war made contested ground: the Kursk region (the 2024–25 Ukrainian incursion) and
 * the Belgorod region (cross-border raids), with their towns. They are outside every scenario's units, so
 * their ids follow the convention for places outside the gazetteer: `unknown:<name>`.
 * @module
 */
import type { GazetteerTerritory } from "./gazetteer.js";

/** Contested Russian border regions with their towns. */
export const borderTerritories: readonly GazetteerTerritory[] = [
  {
    id: "unknown:kursk",
    name: "Kursk region",
    aliases: ["Kursk", "Kursk region", "Kursk oblast"],
    cities: ["Sudzha", "Gornal", "Lgov", "Rylsk", "Korenevo", "Sverdlikovo", "Malaya Loknya"],
  },
  {
    id: "unknown:belgorod",
    name: "Belgorod region",
    aliases: ["Belgorod", "Belgorod region", "Belgorod oblast"],
    cities: ["Shebekino", "Grayvoron", "Valuyki", "Kozinka"],
  },
];
