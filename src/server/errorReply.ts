/**
 * The one error path of the server: every error, from a route, a hook, the body parser or validation,
 * becomes `{error: {code, message, path?}}` with the status of its code. Unknown errors are logged and
 * answered with a generic 500; a stack trace never reaches the client.
 * @module
 */
import type { FastifyBaseLogger, FastifyError } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { type ErrorCode, isEngineError } from "../errors.js";
import { formatPath } from "../model/index.js";
import { errorStatus } from "./errorStatus.js";

/** An HTTP error answer. */
export interface ErrorReply {
  status: number;
  body: {
    error: { code: string; message: string; path?: string; diagnostics?: unknown[] };
    current?: unknown;
  };
}

const fastifyCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: "input_too_large",
  FST_ERR_CTP_INVALID_JSON_BODY: "parse_error",
  FST_ERR_CTP_EMPTY_JSON_BODY: "parse_error",
  FST_ERR_CTP_INVALID_MEDIA_TYPE: "invalid_argument",
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: "invalid_argument",
  FST_REQ_FILE_TOO_LARGE: "input_too_large",
  FST_FILES_LIMIT: "input_too_large",
  FST_PARTS_LIMIT: "input_too_large",
  FST_FIELDS_LIMIT: "input_too_large",
  FST_INVALID_MULTIPART_CONTENT_TYPE: "invalid_argument",
};

/** Maps `error` to its answer; `log` receives the errors that are the server's fault. */
export function errorReply(error: unknown, log: FastifyBaseLogger): ErrorReply {
  if (isEngineError(error)) {
    const details = (error.details ?? {}) as { diagnostics?: unknown[]; current?: unknown; path?: string };
    const status = errorStatus[error.code] ?? 500;
    if (status >= 500 && error.code !== "timeout" && error.code !== "solver_timeout")
      log.error({ err: error });
    const firstError = (details.diagnostics as { severity?: string; path?: string }[] | undefined)?.find(
      (d) => d.severity === "error",
    );
    const path = details.path ?? firstError?.path;
    return {
      status,
      body: {
        error: {
          code: error.code,
          message: status === 500 ? "internal error" : error.message,
          ...(path !== undefined ? { path } : {}),
          ...(details.diagnostics ? { diagnostics: details.diagnostics } : {}),
        },
        ...(details.current !== undefined ? { current: details.current } : {}),
      },
    };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const first = error.validation[0];
    const where = error.validationContext ?? "request";
    const keys = (first?.instancePath ?? "")
      .split("/")
      .filter((k) => k !== "")
      .map((k) => (/^\d+$/.test(k) ? Number(k) : k));
    const path = [where, formatPath(keys)].filter(Boolean).join(".");
    return {
      status: 400,
      body: {
        error: {
          code: "invalid_argument",
          message: `invalid ${path}: ${first?.message ?? "invalid input"}`,
          path,
        },
      },
    };
  }
  const fe = error as Partial<FastifyError>;
  const mapped = fe.code ? fastifyCodes[fe.code] : undefined;
  if (mapped) {
    return {
      status: fe.statusCode ?? errorStatus[mapped],
      body: { error: { code: mapped, message: fe.message ?? "" } },
    };
  }
  if (typeof fe.statusCode === "number" && fe.statusCode >= 400 && fe.statusCode < 500) {
    return {
      status: fe.statusCode,
      body: { error: { code: "invalid_argument", message: fe.message ?? "" } },
    };
  }
  log.error({ err: error }, "internal error");
  return { status: 500, body: { error: { code: "internal", message: "internal error" } } };
}
