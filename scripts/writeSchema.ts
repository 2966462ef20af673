/** Regenerates schema/scenario.schema.json from the zod scenario schema (`npm run schema`). */
import { writeFileSync } from "node:fs";
import { scenarioJsonSchema } from "../src/model/index.js";

const target = new URL("../schema/scenario.schema.json", import.meta.url);
writeFileSync(target, `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
process.stdout.write(`wrote ${target.pathname}\n`);
