import { z } from "zod";
import { DateSchema } from "./common.js";

/** A source every fact of a scenario can point to. */
export const SourceSchema = z
  .object({
    title: z.string().min(1),
    publisher: z.string().optional(),
    url: z.string().optional().describe("One URL, or several separated by ' ; '"),
    date: z
      .union([DateSchema, z.string().regex(/^\d{4}(-\d{2})?$/)])
      .optional()
      .describe("Publication date"),
    note: z.string().optional(),
  })
  .strict();

export type Source = z.infer<typeof SourceSchema>;
