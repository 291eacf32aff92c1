// Online applications as they travel: the submission (strict), the application record of the
// personal change feed "applications" (with its status timeline), and the staff console's views.
// The answers' shape is checked here; their meaning against the definition by
// validateApplication() (application-definition.ts).
import { fileRefSchema } from "./account";
import { TRUST_LEVELS } from "./account-constants";
import { APPLICATION_TYPES } from "./application-forms";
import { answersSchema, applicationSchema, OUTCOMES } from "./application-record";
import { z } from "./zod";

export * from "./application-definition";
export * from "./application-forms";
export * from "./application-record";

const uuid = z.uuid();
export const submitApplicationSchema = z.strictObject({
  /** Made on the device with the draft: a second delivery of the same submission is recognised. */
  id: uuid,
  type: z.enum(APPLICATION_TYPES as [string, ...string[]]),
  answers: answersSchema,
  /** Upload ids per attachment slot (uploaded before, PUT /api/applications/uploads/:id). */
  attachments: z.record(z.string().max(60), z.array(uuid).max(20)),
});
export type SubmitApplication = z.infer<typeof submitApplicationSchema>;

export const answerQuestionSchema = z.strictObject({
  text: z.string().trim().min(1).max(4000),
  uploads: z.array(uuid).max(10),
});
export type AnswerQuestion = z.infer<typeof answerQuestionSchema>;

export const askQuestionSchema = z.strictObject({ text: z.string().trim().min(5).max(4000) });
export const decideSchema = z.strictObject({
  outcome: z.enum(OUTCOMES),
  text: z.string().trim().min(5).max(4000),
});
export type Decide = z.infer<typeof decideSchema>;

export const staffApplicationSummarySchema = applicationSchema
  .pick({
    id: true,
    reference: true,
    type: true,
    status: true,
    title: true,
    submittedAt: true,
    updatedAt: true,
  })
  .extend({
    applicantName: z.string(),
    claimedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  });
export type StaffApplicationSummary = z.infer<typeof staffApplicationSummarySchema>;

export const staffApplicationSchema = applicationSchema.extend({
  applicant: z.object({
    id: z.string().nullable(),
    name: z.string(),
    email: z.string().nullable(),
    trustLevel: z.enum(TRUST_LEVELS).nullable(),
  }),
  claimedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
});
export type StaffApplication = z.infer<typeof staffApplicationSchema>;

/** Staff inbox filters. */
export const INBOX_VIEWS = ["open", "mine", "decided"] as const;
export type InboxView = (typeof INBOX_VIEWS)[number];

/** A resumable upload (GET/PATCH /api/applications/uploads/:id): how far it got, or the finished file. */
export const uploadStateSchema = z.object({
  offset: z.number(),
  length: z.number().nullable(),
  file: fileRefSchema.nullable(),
});
export type UploadState = z.infer<typeof uploadStateSchema>;
