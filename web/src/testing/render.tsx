/**
 * Test helper: renders a React element into a happy-dom container and returns it with an unmount function.
 * @module
 */
import type { ReactElement } from "react";
import { act } from "react";
import { createRoot } from "react-dom/client";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export async function render(
  element: ReactElement,
): Promise<{ container: HTMLElement; rerender: (e: ReactElement) => Promise<void>; unmount: () => void }> {
  const container = document.createElement("div");
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => root.render(element));
  return {
    container,
    rerender: async (e) => {
      await act(async () => root.render(e));
    },
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/** Runs `fn` inside act() and flushes pending effects and microtasks. */
export async function actAsync(fn: () => void | Promise<void>): Promise<void> {
  await act(async () => {
    await fn();
  });
}
