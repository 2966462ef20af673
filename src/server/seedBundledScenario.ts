/**
 * Puts the bundled scenario into an empty store, so a fresh server is useful at once.
 * @module
 */
import { EngineError, isEngineError } from "../errors.js";
import { parseScenarioText } from "../model/index.js";
import type { ScenarioStore } from "../store/index.js";

/**
 * When `store` holds no scenario, stores `text` (the bundled scenario) as version 1 under its own id and
 * returns that id; otherwise returns undefined. Throws `scenario_invalid` if the text does not load.
 */
export async function seedBundledScenario(
  store: ScenarioStore,
  bundled: { text: string; file: string },
): Promise<string | undefined> {
  if ((await store.listScenarios()).length > 0) return undefined;
  const { scenario, diagnostics } = parseScenarioText(bundled.text, { file: bundled.file });
  if (!scenario) {
    throw new EngineError("scenario_invalid", `the bundled scenario ${bundled.file} does not load`, {
      details: { diagnostics },
    });
  }
  try {
    const saved = await store.createScenario(scenario.id, {
      scenario,
      source: bundled.text,
      author: "impasse",
      message: "bundled scenario",
    });
    return saved.id;
  } catch (error) {
    // Another server sharing the database seeded it first.
    if (isEngineError(error) && error.code === "conflict") return undefined;
    throw error;
  }
}
