/**
 * The claim model shipped with Impasse (`shippedClaimModel.json`, written by `npm run train:ingest` from the
 * evaluation texts of the tuned and dev splits; the sealed texts are never used for training). Validated on
 * first use.
 * @module
 */

import { type ClaimModel, ClaimModelSchema } from "./claimModel.js";
import data from "./shippedClaimModel.json" with { type: "json" };

let cached: ClaimModel | undefined;

/**
 * The shipped claim model.
 * @example shippedClaimModel().threshold // → 0.5
 */
export function shippedClaimModel(): ClaimModel {
  cached ??= ClaimModelSchema.parse(data);
  return cached;
}
