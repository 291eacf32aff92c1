// "Was this page helpful?" on every page of the guide: the first write that goes through the outbox.
import { FEEDBACK_MAX_COMMENT } from "./limits";
import { UI_LANGUAGES } from "./languages";
import { z } from "./zod";

export { FEEDBACK_MAX_COMMENT };

export const feedbackSchema = z.strictObject({
  /** Client-made id: the same feedback sent twice is stored once. */
  id: z.uuid(),
  page: z
    .string()
    .regex(/^\/[\w\-/]*$/)
    .max(200),
  helpful: z.boolean(),
  comment: z.string().trim().max(FEEDBACK_MAX_COMMENT).optional(),
  language: z.enum(UI_LANGUAGES),
});
export type Feedback = z.infer<typeof feedbackSchema>;
