/**
 * The process boundary of the `impasse` command: the only place that reads argv and calls process.exit.
 * @module
 */
import { runCli } from "./runCli.js";

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY),
  cwd: process.cwd(),
});
process.exitCode = code;
