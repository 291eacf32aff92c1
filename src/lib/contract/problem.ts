// RFC 9457 problem details. `code` is stable; the client translates it (errors.<code>).
import { PROBLEM_CODES } from "./problem-codes";
import { z } from "./zod";

export { PROBLEM_CODES, type ProblemCode } from "./problem-codes";

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  code: z.enum(PROBLEM_CODES),
  detail: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof problemSchema>;
