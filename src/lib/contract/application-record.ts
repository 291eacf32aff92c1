// An online application as the citizen's devices keep it: the record of the personal change feed
// "applications" with its status timeline. Apart from the rest of the contract, so that the sync
// (which loads on every page that reads data) does not carry the form definitions.
import { fileRefSchema } from "./account";
import { DEPARTMENTS } from "./account-constants";
import { z } from "./zod";

export const APPLICATION_STATUSES = ["received", "in_progress", "question", "decided"] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const EVENT_KINDS = ["received", "in_progress", "question", "answer", "decided"] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const OUTCOMES = ["approved", "partly", "rejected"] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * The one German word for each outcome, in the Bescheid, the postbox message, the console and the
 * resident's timeline alike ("Ihr Antrag wird genehmigt"): never "bewilligt" in one place and
 * "stattgegeben" in another. The German locale's `applications.outcome.*` must say the same.
 */
export const OUTCOME_WORDS_DE: Record<Outcome, string> = {
  approved: "genehmigt",
  partly: "teilweise genehmigt",
  rejected: "abgelehnt",
};

const scalar = z.union([z.string().max(4000), z.boolean()]);
export const answersSchema = z.record(
  z.string().max(60),
  z.union([scalar, z.array(z.record(z.string().max(60), scalar)).max(20)]),
);

export const applicationFileSchema = fileRefSchema.extend({
  /** The attachment slot, or null for a document added to an answer. */
  slot: z.string().nullable(),
});
export type ApplicationFile = z.infer<typeof applicationFileSchema>;

export const applicationEventSchema = z.object({
  id: z.string(),
  kind: z.enum(EVENT_KINDS),
  at: z.string(),
  text: z.string().nullable(),
  outcome: z.enum(OUTCOMES).nullable(),
  fileIds: z.array(z.string()),
  /** The postbox message that came with it (the receipt, the decision). */
  messageId: z.string().nullable(),
});
export type ApplicationEvent = z.infer<typeof applicationEventSchema>;

export const applicationSchema = z.object({
  id: z.string(),
  reference: z.string(),
  type: z.string(),
  definitionVersion: z.number(),
  status: z.enum(APPLICATION_STATUSES),
  title: z.string(),
  department: z.enum(DEPARTMENTS),
  submittedAt: z.string(),
  updatedAt: z.string(),
  answers: answersSchema,
  files: z.array(applicationFileSchema),
  events: z.array(applicationEventSchema),
});
export type Application = z.infer<typeof applicationSchema>;
