/**
 * The command table. Each entry registers one subcommand on the program; the modules are imported
 * lazily so that `impasse validate` does not pay for the solver or the server.
 * @module
 */
import type { Command } from "commander";
import type { CliIo } from "../io.js";

/** A subcommand module: adds itself (name, options, action) to `program`. */
export type RegisterCommand = (program: Command, io: CliIo) => void;

/** name → lazy loader of the module that registers it. One line per command. */
export const commands: Record<string, () => Promise<{ register: RegisterCommand }>> = {
  analyze: () => import("./analyze.js"),
  validate: () => import("./validate.js"),
  pareto: () => import("./pareto.js"),
  schema: () => import("./schema.js"),
  timeline: () => import("./timeline.js"),
  forecast: () => import("./forecast.js"),
  serve: () => import("./serve.js"),
  ingest: () => import("./ingest.js"),
  simulate: () => import("./simulate.js"),
  convert: () => import("./convert.js"),
};
