// Streams of council meetings and citizens' information events (Bürgerinformationsveranstaltungen):
// the live HLS address, the chapters set when staff press "Jetzt: TOP n", the spans a member objected
// to (§ 64 (2) NKomVG: the recording skips them), the info events with their residents' questions.
import { UI_LANGUAGES } from "./languages";
import { z } from "./zod";

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const instant = z.iso.datetime({ offset: true });
/** An HLS playlist (or a progressive file for a recording); https only, or http on this machine. */
const streamUrl = z
  .url({ protocol: /^https?$/ })
  .max(2048)
  .refine((value) => value.startsWith("https:") || /^http:\/\/(localhost|127\.0\.0\.1)[:/]/.test(value), {
    message: "https only (http only on this machine)",
  });

export const STREAM_STATES = ["planned", "live", "ended"] as const;
export type StreamState = (typeof STREAM_STATES)[number];
export const QUESTION_STATUSES = ["new", "published", "rejected"] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];
/** Minutes before the start when "Erinnern" pushes. */
export const STREAM_REMINDER_MINUTES = 15;
/** The SSE event carrying the stream's live state (GET /api/council/streams/{id}/live). */
export const STREAM_EVENT_STATE = "state";

/** An agenda item as the player shows it (a meeting's public items, or an info event's programme). */
export const streamAgendaItemSchema = z.object({
  id,
  number: z.string().max(40).nullable(),
  name: z.string().max(2000),
});
export type StreamAgendaItem = z.infer<typeof streamAgendaItemSchema>;

export const chapterSchema = z.object({
  agendaItemId: id,
  /** Seconds from the stream's start (when it went live). */
  seconds: z.number().min(0),
  at: instant,
});
export type Chapter = z.infer<typeof chapterSchema>;

export const skipSpanSchema = z.object({
  id,
  from: z.number().min(0),
  to: z.number().min(0),
  note: z.string().max(500),
});
export type SkipSpan = z.infer<typeof skipSpanSchema>;

export const streamTargetSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("meeting"), id }),
  z.object({ kind: z.literal("event"), id }),
]);
export type StreamTarget = z.infer<typeof streamTargetSchema>;

/** What a viewer gets: the addresses, the agenda, where the session is now and the chapters so far. */
export const streamViewSchema = z.object({
  id,
  target: streamTargetSchema,
  title: z.string().max(2000),
  start: instant.nullable(),
  state: z.enum(STREAM_STATES),
  liveUrl: z.string().max(2048).nullable(),
  recordingUrl: z.string().max(2048).nullable(),
  startedAt: instant.nullable(),
  currentItemId: id.nullable(),
  agenda: z.array(streamAgendaItemSchema),
  chapters: z.array(chapterSchema),
  skips: z.array(skipSpanSchema),
  sample: z.boolean(),
});
export type StreamView = z.infer<typeof streamViewSchema>;

/** The live part sent over SSE whenever it changes. */
export const streamLiveSchema = z.object({
  state: z.enum(STREAM_STATES),
  currentItemId: id.nullable(),
  chapters: z.array(chapterSchema),
  skips: z.array(skipSpanSchema),
});
export type StreamLive = z.infer<typeof streamLiveSchema>;

export const eventDocumentSchema = z.object({
  name: z.string().trim().min(1).max(300),
  url: z.url({ protocol: /^https?$/ }).max(2048),
});

export const publishedQuestionSchema = z.object({ id, text: z.string().max(2000), at: instant });

export const infoEventSchema = z.object({
  id,
  title: z.string().max(300),
  start: instant,
  end: instant.nullable(),
  place: z.string().max(300),
  topic: z.string().max(300),
  description: z.string().max(5000),
  documents: z.array(eventDocumentSchema),
  agenda: z.array(streamAgendaItemSchema),
  /** The stream's id when one is attached. */
  streamId: id.nullable(),
  sample: z.boolean(),
});
export type InfoEvent = z.infer<typeof infoEventSchema>;

export const infoEventListSchema = z.object({ events: z.array(infoEventSchema) });
export const infoEventPageSchema = z.object({
  event: infoEventSchema,
  questions: z.array(publishedQuestionSchema),
});
export type InfoEventPage = z.infer<typeof infoEventPageSchema>;

/** POST /api/council/events/{id}/questions (through the outbox; moderated before it is public). */
export const questionWriteSchema = z.strictObject({
  text: z.string().trim().min(10).max(2000),
});
export type QuestionWrite = z.infer<typeof questionWriteSchema>;
export const questionReceiptSchema = z.object({ id, status: z.literal("new") });

/** PUT /api/council/streams/{id}/reminders/{subscriptionId}: push this device before the start. */
export const streamReminderWriteSchema = z.strictObject({
  language: z.enum(UI_LANGUAGES),
});
export const streamReminderStateSchema = z.object({ reminder: z.boolean() });

// ---- The console (/api/staff/council) ----

export const infoEventWriteSchema = z.strictObject({
  title: z.string().trim().min(3).max(300),
  start: instant,
  end: instant.nullable(),
  place: z.string().trim().min(2).max(300),
  topic: z.string().trim().max(300),
  description: z.string().trim().max(5000),
  documents: z.array(eventDocumentSchema).max(20),
  /** The programme: one line each ("1 Begrüßung"). */
  agenda: z
    .array(
      z.strictObject({
        number: z.string().trim().max(40).nullable(),
        name: z.string().trim().min(1).max(300),
      }),
    )
    .max(50),
});
export type InfoEventWrite = z.infer<typeof infoEventWriteSchema>;

export const streamWriteSchema = z.strictObject({
  target: streamTargetSchema,
  liveUrl: streamUrl.nullable(),
  recordingUrl: streamUrl.nullable(),
  state: z.enum(STREAM_STATES),
});
export type StreamWrite = z.infer<typeof streamWriteSchema>;

export const nowWriteSchema = z.strictObject({ agendaItemId: id });
export const skipWriteSchema = z
  .strictObject({
    from: z.number().min(0).max(86_400),
    to: z.number().min(0).max(86_400),
    note: z.string().trim().min(3).max(500),
  })
  .refine((span) => span.to > span.from, { message: "to must be after from", path: ["to"] });
export type SkipWrite = z.infer<typeof skipWriteSchema>;

export const staffQuestionSchema = z.object({
  id,
  eventId: id,
  text: z.string(),
  status: z.enum(QUESTION_STATUSES),
  at: instant,
});
export type StaffQuestion = z.infer<typeof staffQuestionSchema>;
export const questionModerationSchema = z.strictObject({ status: z.enum(["published", "rejected"]) });

export const staffStreamListSchema = z.object({ streams: z.array(streamViewSchema) });
export const staffQuestionListSchema = z.object({ questions: z.array(staffQuestionSchema) });
