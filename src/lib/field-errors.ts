// A form's field errors, checked in the browser with the contract's own schemas before anything is
// sent, so a field says what is wrong next to it (the server checks the same again). Values are
// translation keys; the form kit (src/ui) shows them beside the field and in the ErrorSummary.
import type { z } from "./contract/zod";

/** Field name -> translation key of its error. */
export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/** The first failing rule of each field, named by `messages` (one text per field). */
export function fieldErrors<F extends string>(
  schema: z.ZodType,
  input: unknown,
  messages: Record<F, string>,
): FieldErrors<F> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const failed = new Set(result.error.issues.map((issue) => issue.path[0]));
  // In the order of `messages`, which is the order of the form: the summary reads top to bottom.
  const isField = (key: string): key is F => Object.hasOwn(messages, key);
  const errors: FieldErrors<F> = {};
  for (const field of Object.keys(messages)) {
    if (isField(field) && failed.has(field)) errors[field] = messages[field];
  }
  return errors;
}

export const hasErrors = (errors: FieldErrors<string>) => Object.values(errors).some(Boolean);
