/** Test helper: runs the CLI in-process with `cwd`, capturing what it prints. */
import { runCli } from "../src/cli/runCli.js";

/** Runs `impasse ARGS` in-process (no TTY) and returns the exit code and the captured output. */
export async function runCliCaptured(
  args: readonly string[],
  cwd: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    isTTY: false,
    cwd,
  });
  return { code, stdout, stderr };
}
