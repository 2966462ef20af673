/**
 * A small typed client for the Impasse HTTP API (docs/api-contract.md). Requests go to the page's own origin
 * only. Scenario bodies are sent as JSON.
 * @module
 */
import { ApiError } from "./ApiError";
import type {
  AnalysisResult,
  ForecastReport,
  IngestAnswer,
  JobMeta,
  Scenario,
  ScenarioDiff,
  ScenarioPatch,
  ScenarioSummary,
  StoredScenario,
  TimelineEntry,
  ValidationResult,
  VersionMeta,
} from "./types";

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

function query(params: Record<string, string | number | undefined>): string {
  const entries = Object.entries(params).filter((e): e is [string, string | number] => e[1] !== undefined);
  if (entries.length === 0) return "";
  return `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString()}`;
}

/** The client; `base` is a path prefix on the same origin ("" by default). */
export class ApiClient {
  readonly #fetch: Fetch;
  readonly #base: string;

  constructor(options: { fetch?: Fetch; base?: string } = {}) {
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#base = options.base ?? "";
  }

  async #request<T>(
    method: string,
    path: string,
    init: { body?: BodyInit; headers?: HeadersInit; signal?: AbortSignal } = {},
  ): Promise<T> {
    const response = await this.#fetch(`${this.#base}${path}`, {
      method,
      headers: { Accept: "application/json", ...init.headers },
      body: init.body,
      signal: init.signal,
    });
    const text = await response.text();
    let body: unknown = null;
    if (text.length > 0) {
      try {
        body = JSON.parse(text);
      } catch {
        body = { error: { code: "bad_response", message: text.slice(0, 200) } };
      }
    }
    if (!response.ok) throw new ApiError(response.status, body);
    return body as T;
  }

  #json(
    scenario: Scenario | string,
    contentType?: string,
  ): { body: string; headers: Record<string, string> } {
    if (typeof scenario === "string") {
      return { body: scenario, headers: { "Content-Type": contentType ?? "application/yaml" } };
    }
    return { body: JSON.stringify(scenario), headers: { "Content-Type": "application/json" } };
  }

  listScenarios(): Promise<{ scenarios: ScenarioSummary[] }> {
    return this.#request("GET", "/api/scenarios");
  }

  getScenario(id: string, version?: number): Promise<StoredScenario> {
    return this.#request("GET", `/api/scenarios/${encodeURIComponent(id)}${query({ version })}`);
  }

  /** Creates a scenario from a parsed object or from YAML/JSON text. */
  createScenario(
    scenario: Scenario | string,
    options: { contentType?: string; message?: string; id?: string } = {},
  ): Promise<{ id: string; version: VersionMeta }> {
    const { body, headers } = this.#json(scenario, options.contentType);
    if (options.message) headers["X-Message"] = options.message;
    return this.#request("POST", `/api/scenarios${query({ id: options.id })}`, { body, headers });
  }

  listVersions(id: string): Promise<{ versions: VersionMeta[] }> {
    return this.#request("GET", `/api/scenarios/${encodeURIComponent(id)}/versions`);
  }

  /** Saves `scenario` as a new version based on `basedOn`; fails with a `conflict` ApiError when stale. */
  saveVersion(
    id: string,
    scenario: Scenario,
    basedOn: number,
    message: string,
  ): Promise<{ id: string; version: VersionMeta }> {
    const { body, headers } = this.#json(scenario);
    headers["If-Match"] = `"${basedOn}"`;
    headers["X-Message"] = message;
    headers["X-Author"] = "workbench";
    return this.#request("POST", `/api/scenarios/${encodeURIComponent(id)}/versions`, { body, headers });
  }

  fork(
    id: string,
    options: { id?: string; message?: string } = {},
  ): Promise<{ id: string; version: VersionMeta }> {
    return this.#request("POST", `/api/scenarios/${encodeURIComponent(id)}/fork`, {
      body: JSON.stringify(options),
      headers: { "Content-Type": "application/json" },
    });
  }

  diff(id: string, from: number, to: number): Promise<ScenarioDiff> {
    return this.#request("GET", `/api/scenarios/${encodeURIComponent(id)}/diff${query({ from, to })}`);
  }

  validate(scenario: Scenario, signal?: AbortSignal): Promise<ValidationResult> {
    return this.#request("POST", "/api/validate", { ...this.#json(scenario), signal });
  }

  /** Analyses an unsaved (what-if) scenario at `at`. */
  analyze(scenario: Scenario, at?: string, signal?: AbortSignal): Promise<AnalysisResult> {
    return this.#request("POST", `/api/analyze${query({ at })}`, { ...this.#json(scenario), signal });
  }

  /** Analyses a saved scenario version at `at`. */
  analysis(
    id: string,
    options: { at?: string; version?: number } = {},
    signal?: AbortSignal,
  ): Promise<AnalysisResult> {
    return this.#request("GET", `/api/scenarios/${encodeURIComponent(id)}/analysis${query(options)}`, {
      signal,
    });
  }

  timeline(id: string, version?: number): Promise<{ entries: TimelineEntry[] }> {
    return this.#request("GET", `/api/scenarios/${encodeURIComponent(id)}/timeline${query({ version })}`);
  }

  /** The Pareto analysis of a scenario (the JSON of `impasse pareto --json`). */
  pareto(scenario: Scenario, signal?: AbortSignal): Promise<unknown> {
    return this.#request("POST", "/api/pareto", { ...this.#json(scenario), signal });
  }

  /** The Pareto analysis of GENIUS files: the domain first, then the profiles. */
  paretoGenius(files: File[]): Promise<unknown> {
    const form = new FormData();
    files.forEach((file, i) => form.append(i === 0 ? "domain" : `profile${i}`, file, file.name));
    return this.#request("POST", "/api/pareto", { body: form });
  }

  startSimulation(
    id: string,
    params: { runs: number; seed: number; version?: number; protocol?: string; strategies?: unknown },
  ): Promise<{ job: JobMeta }> {
    return this.#request("POST", `/api/scenarios/${encodeURIComponent(id)}/simulations`, {
      body: JSON.stringify(params),
      headers: { "Content-Type": "application/json" },
    });
  }

  job(id: string): Promise<JobMeta> {
    return this.#request("GET", `/api/jobs/${encodeURIComponent(id)}`);
  }

  cancelJob(id: string): Promise<JobMeta> {
    return this.#request("DELETE", `/api/jobs/${encodeURIComponent(id)}`);
  }

  /** The forecast of a saved version's `forecast` block (the JSON of `impasse forecast --json`). */
  forecast(
    id: string,
    options: { model?: string; runs?: number; seed?: number; version?: number } = {},
    signal?: AbortSignal,
  ): Promise<ForecastReport> {
    return this.#request("GET", `/api/scenarios/${encodeURIComponent(id)}/forecast${query(options)}`, {
      signal,
    });
  }

  /** Reads an article against a saved version; nothing is stored. */
  ingest(
    id: string,
    article: { text: string; date?: string; format?: "text" | "markdown" | "html" },
    version?: number,
  ): Promise<IngestAnswer> {
    return this.#request("POST", `/api/scenarios/${encodeURIComponent(id)}/ingest${query({ version })}`, {
      body: JSON.stringify(article),
      headers: { "Content-Type": "application/json" },
    });
  }

  /** The diff that the accepted changes of `patch` would make to `version`; nothing is stored. */
  previewIngest(
    id: string,
    body: { patch: ScenarioPatch; accept: string[]; version: number },
    signal?: AbortSignal,
  ): Promise<ScenarioDiff> {
    return this.#request("POST", `/api/scenarios/${encodeURIComponent(id)}/ingest/preview`, {
      body: JSON.stringify(body),
      headers: { "Content-Type": "application/json" },
      signal,
    });
  }

  /** Saves the accepted changes of `patch` as a new version based on `basedOn` (`conflict` ApiError when stale). */
  applyIngest(
    id: string,
    body: { patch: ScenarioPatch; accept: string[]; basedOn: number; message: string },
  ): Promise<{ id: string; version: VersionMeta }> {
    return this.#request("POST", `/api/scenarios/${encodeURIComponent(id)}/ingest/apply`, {
      body: JSON.stringify(body),
      headers: {
        "Content-Type": "application/json",
        "If-Match": `"${body.basedOn}"`,
        "X-Author": "workbench",
      },
    });
  }
}
