// Input validation for routes written without an OpenAPI description: the body, query or form is
// parsed with a zod schema; a failure is a 400 problem naming each field (see problem.ts).
import type { HonoRequest } from "hono";
import type { z } from "zod";
import { ProblemError, validationProblem } from "./problem";

/** The JSON body; through HonoRequest, whose cache lets idempotent() have read the text before. */
export async function readJson<S extends z.ZodType>(request: HonoRequest, schema: S): Promise<z.output<S>> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new ProblemError(400, "malformed_json");
  }
  return parseInput(schema, body);
}

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationProblem(result.error);
  return result.data;
}
