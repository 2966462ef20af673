import { useEffect, useState } from "react";
import type { ApiClient } from "../api/ApiClient";
import type { Scenario } from "../api/types";
import { normalizePareto, type ParetoData } from "../charts/normalizePareto";

/** The Pareto analysis of `scenario` from `POST /api/pareto` (debounced; errors reported, not thrown). */
export function usePareto(
  client: ApiClient,
  scenario: Scenario | undefined,
  enabled: boolean,
): { data: ParetoData | undefined; error: string | undefined; pending: boolean } {
  const [state, setState] = useState<{
    data: ParetoData | undefined;
    error: string | undefined;
    pending: boolean;
  }>({
    data: undefined,
    error: undefined,
    pending: false,
  });
  useEffect(() => {
    if (!scenario || !enabled) return;
    const controller = new AbortController();
    setState((s) => ({ ...s, pending: true }));
    const timer = setTimeout(() => {
      client
        .pareto(scenario, controller.signal)
        .then((json) => {
          const data = normalizePareto(json);
          setState({
            data,
            pending: false,
            error: data ? undefined : "The Pareto answer has no frontier to draw.",
          });
        })
        .catch((e: Error) => {
          if (!controller.signal.aborted) setState({ data: undefined, pending: false, error: e.message });
        });
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [client, scenario, enabled]);
  return state;
}
