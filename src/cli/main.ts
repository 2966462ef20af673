/**
 * The process boundary of the `impasse` command: the only place that reads argv and calls process.exit.
 * @module
 */
import { runCli } from "./runCli.js";

// A closed pipe (`impasse timeline | head`) is not an error: stop writing quietly.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY),
  cwd: process.cwd(),
});
process.exitCode = code;
