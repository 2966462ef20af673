/**
 * The small declarative language of red lines, preconditions and conditional positions.
 * A literal tests one issue's option: either a linked issue (`issue`) or a territory status dimension
 * (`dimension`, relative to the territory a red line is expanded for, or fixed with `territory`).
 * @module
 */
import { z } from "zod";
import { IdSchema } from "./common.js";

const literalShape = {
  issue: IdSchema.optional().describe("A linked issue id (e.g. `nato`)"),
  dimension: IdSchema.optional().describe("A territory status dimension (e.g. `sovereignty`)"),
  territory: z
    .string()
    .optional()
    .describe("Fixes the territory of `dimension`; default: the red line's territory"),
  in: z.array(IdSchema).min(1).optional().describe("The option must be one of these"),
  notIn: z.array(IdSchema).min(1).optional().describe("The option must not be one of these"),
};

/** A condition over an outcome. */
export type Condition =
  | { issue?: string; dimension?: string; territory?: string; in?: string[]; notIn?: string[] }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { if: Condition; then: Condition };

/** Zod schema of {@link Condition}. */
export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ all: z.array(ConditionSchema).min(1) }).strict(),
    z.object({ any: z.array(ConditionSchema).min(1) }).strict(),
    z.object({ not: ConditionSchema }).strict(),
    z.object({ if: ConditionSchema, then: ConditionSchema }).strict(),
    z
      .object(literalShape)
      .strict()
      .refine((c) => (c.issue === undefined) !== (c.dimension === undefined), {
        message: "a literal names exactly one of `issue` or `dimension`",
      })
      .refine((c) => (c.in === undefined) !== (c.notIn === undefined), {
        message: "a literal has exactly one of `in` or `notIn`",
      }),
  ]),
);
