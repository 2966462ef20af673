import { useCallback, useEffect, useState } from "react";
import type { ApiClient } from "../api/ApiClient";
import { ApiError } from "../api/ApiError";
import type { AnalysisResult, Diagnostic, Scenario } from "../api/types";

/** State of the analysis shown: the latest result, whether a newer one is on its way, the last error. */
export interface AnalysisState {
  result: AnalysisResult | undefined;
  pending: boolean;
  error: string | undefined;
  /** Milliseconds the last request took (round trip). */
  elapsedMs: number | undefined;
  /** Validation diagnostics of the draft (empty when there is no draft). */
  diagnostics: Diagnostic[];
  /** Runs the last request again (e.g. after a time-out). */
  retry: () => void;
}

/**
 * Analyses the saved scenario version at `date` (`GET /api/scenarios/:id/analysis`), or the unsaved `draft` when
 * there is one (`POST /api/validate`, then `POST /api/analyze`). Requests are debounced and superseded ones
 * aborted, so the panel follows the latest edit.
 */
export function useAnalysis(
  client: ApiClient,
  target: { id: string; version: number } | undefined,
  draft: Scenario | undefined,
  date: string | undefined,
): AnalysisState {
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const [state, setState] = useState<Omit<AnalysisState, "retry">>({
    result: undefined,
    pending: false,
    error: undefined,
    elapsedMs: undefined,
    diagnostics: [],
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` changes to run the request again.
  useEffect(() => {
    if (target === undefined || date === undefined) return;
    const controller = new AbortController();
    setState((s) => ({ ...s, pending: true }));
    const timer = setTimeout(
      async () => {
        const started = performance.now();
        try {
          let diagnostics: Diagnostic[] = [];
          let result: AnalysisResult | undefined;
          if (draft) {
            // Validation and analysis run side by side; an invalid draft makes the analysis fail with 422.
            const [validation, analysed] = await Promise.all([
              client.validate(draft, controller.signal),
              client.analyze(draft, date, controller.signal).catch((e: unknown) => {
                if (e instanceof ApiError && e.code === "scenario_invalid") return undefined;
                throw e;
              }),
            ]);
            diagnostics = validation.diagnostics;
            result = validation.valid ? analysed : undefined;
          } else {
            result = await client.analysis(
              target.id,
              { at: date, version: target.version },
              controller.signal,
            );
          }
          if (controller.signal.aborted) return;
          setState((s) => ({
            result: result ?? s.result,
            pending: false,
            error: result ? undefined : "The draft has errors: fix them to see its analysis.",
            elapsedMs: Math.round(performance.now() - started),
            diagnostics,
          }));
        } catch (e) {
          if (controller.signal.aborted) return;
          setState((s) => ({ ...s, pending: false, error: e instanceof Error ? e.message : String(e) }));
        }
      },
      draft ? 80 : 0,
    );
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [client, target, draft, date, attempt]);
  return { ...state, retry };
}
