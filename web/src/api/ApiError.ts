import type { Diagnostic, VersionMeta } from "./types";

/** An error response of the HTTP API (`{error: {code, message, path?}}`), with its HTTP status. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly diagnostics: Diagnostic[];
  /** For `conflict` (409) on save: the latest version on the server. */
  readonly current: VersionMeta | undefined;
  constructor(status: number, body: unknown) {
    const error = (body as { error?: { code?: string; message?: string } } | null)?.error;
    super(error?.message ?? `request failed with status ${status}`);
    this.name = "ApiError";
    this.status = status;
    this.code = error?.code ?? "http_error";
    const b = body as {
      diagnostics?: Diagnostic[];
      error?: { diagnostics?: Diagnostic[] };
      current?: VersionMeta;
    };
    this.diagnostics = b?.diagnostics ?? b?.error?.diagnostics ?? [];
    this.current = b?.current;
  }
}
