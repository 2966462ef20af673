import type { Command } from "commander";
import { scenarioJsonSchema } from "../../model/index.js";
import type { CliIo } from "../io.js";

/** `impasse schema`: prints the JSON Schema of scenario files. */
export function register(program: Command, io: CliIo): void {
  program
    .command("schema")
    .description("print the JSON Schema of scenario files (also in schema/scenario.schema.json)")
    .action(() => {
      io.stdout(`${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
    });
}
