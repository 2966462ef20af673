import { fileURLToPath } from "node:url";

/** Absolute path of the bundled default scenario (the seed's negotiation). */
export const bundledScenarioPath: string = fileURLToPath(
  new URL("../../scenarios/london-2025.yaml", import.meta.url),
);
