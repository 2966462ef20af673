import { checkSpace } from "../../space/checkSpace.js";
import type { FactoredSpace } from "../../space/factoredSpace.js";

const checked = new WeakSet<object>();

/**
 * {@link checkSpace}, run once per space object (internal): repeated oracle calls on the same space do
 * not pay for re-validation. Spaces must not be mutated after their first analysis.
 */
export function checkSpaceOnce(space: FactoredSpace): void {
  if (checked.has(space)) return;
  checkSpace(space);
  checked.add(space);
}
