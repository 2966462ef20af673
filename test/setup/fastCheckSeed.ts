/**
 * Every property test runs from a fixed seed, so a test run is reproducible and CI cannot fail by chance;
 * `FC_SEED=<n> npm test` explores other seeds (fast-check prints the seed and path of any counterexample).
 * @module
 */
import fc from "fast-check";

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20251125) });
