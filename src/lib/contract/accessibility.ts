// Feedback on barriers in the app (the accessibility statement's feedback mechanism, NBGG § 9b): a
// resident names a barrier; the city answers within a month. Sent through the outbox.
import { z } from "./zod";

const instant = z.iso.datetime({ offset: true });

/** The statement's promise: an answer within one month of receipt. */
export const ANSWER_WITHIN_MONTHS = 1;

export const accessibilityFeedbackWriteSchema = z.strictObject({
  /** The barrier, in the resident's words. */
  message: z.string().trim().min(1).max(5000),
  /** The app's page the barrier is on (path and query), when the resident names one. */
  page: z
    .string()
    .trim()
    .max(500)
    .regex(/^\/[^\s]*$/)
    .optional(),
  name: z.string().trim().min(1).max(120).optional(),
  /** Where the answer goes; without one the city cannot answer. */
  email: z.email().max(200).optional(),
});
export type AccessibilityFeedbackWrite = z.infer<typeof accessibilityFeedbackWriteSchema>;

export const accessibilityFeedbackSchema = z.object({
  id: z.string(),
  reference: z.string(),
  message: z.string(),
  page: z.string().nullable(),
  name: z.string().nullable(),
  email: z.string().nullable(),
  receivedAt: instant,
  /** The last day of the answer period (Berlin calendar date). */
  answerBy: z.iso.date(),
  answeredAt: instant.nullable(),
});
export type AccessibilityFeedback = z.infer<typeof accessibilityFeedbackSchema>;

export const accessibilityFeedbackReceiptSchema = z.object({ reference: z.string(), answerBy: z.iso.date() });

/**
 * The start page's video in German Sign Language (DGS, issue 20): an https address admins set in the
 * console, or none; the start page links it only when it is set.
 */
const videoUrl = z
  .url({ protocol: /^https$/ })
  .max(2000)
  .nullable();
export const signLanguageVideoSchema = z.object({ url: videoUrl });
export const signLanguageVideoWriteSchema = z.strictObject({ url: videoUrl });
export type SignLanguageVideo = z.infer<typeof signLanguageVideoSchema>;
