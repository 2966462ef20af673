/** What a CLI command may touch of the process: output streams and the working directory. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  isTTY: boolean;
  cwd: string;
}

/** Thrown by commands to end with a given exit code after they printed what they had to say. */
export class ExitError extends Error {
  readonly exitCode: number;
  constructor(exitCode: number, message = "") {
    super(message);
    this.name = "ExitError";
    this.exitCode = exitCode;
  }
}
