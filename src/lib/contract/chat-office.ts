// The Bürgerbüro chat's office work beyond the conversation itself: canned answers the office
// keeps, appointment proposals, the leads admins name, and the leads' statistics. Links to app
// pages inside messages (guide pages, offices, bookings) are shown as cards; their paths are here so
// that server and browser agree on them.
import { DEPARTMENTS } from "./account-constants";
import { CHAT_MESSAGE_MAX, CHAT_TOPICS, clientIdSchema } from "./chat";
import { z } from "./zod";

const instant = z.iso.datetime({ offset: true });
const guideId = z.string().trim().min(1).max(200);

/** App paths a message may link that the conversation shows as cards. */
export const servicePagePath = (serviceId: string) => `/dienstleistungen/${encodeURIComponent(serviceId)}`;
export const officePagePath = (officeId: string) => `/standorte/${encodeURIComponent(officeId)}`;
/** The booking with this service chosen at its office (the booking page's ?dienst=). */
export const bookingPath = (serviceId: string) => `/termine?dienst=${encodeURIComponent(serviceId)}`;

export const CANNED_TITLE_MAX = 120;
export const CANNED_ANSWERS_MAX = 300;

export const cannedAnswerSchema = z.object({
  id: z.string(),
  title: z.string(),
  text: z.string(),
  /** A services guide page the answer links: inserted with it, shown as a card. */
  serviceId: z.string().nullable(),
  updatedAt: instant,
});
export type CannedAnswer = z.infer<typeof cannedAnswerSchema>;

export const cannedAnswerRequestSchema = z.strictObject({
  title: z.string().trim().min(1).max(CANNED_TITLE_MAX),
  text: z
    .string()
    .trim()
    .min(1)
    .max(CHAT_MESSAGE_MAX - 300),
  serviceId: guideId.nullable().optional(),
});
export type CannedAnswerRequest = z.infer<typeof cannedAnswerRequestSchema>;

export const cannedAnswerListSchema = z.object({ answers: z.array(cannedAnswerSchema) });

/** The agent proposes an appointment for a bookable service; it arrives as a message with the booking link. */
export const proposalRequestSchema = z.strictObject({ clientId: clientIdSchema, serviceId: guideId });

/** What the signed-in agent may do beyond chatting. */
export const officeRoleSchema = z.object({
  /** Admins and the chat's leads: the statistics and keeping the canned answers. */
  lead: z.boolean(),
  admin: z.boolean(),
});
export type OfficeRole = z.infer<typeof officeRoleSchema>;

export const leadCandidateSchema = z.object({
  id: z.string(),
  name: z.string(),
  department: z.enum(DEPARTMENTS),
  lead: z.boolean(),
});
export const leadListSchema = z.object({ candidates: z.array(leadCandidateSchema) });
export const leadsRequestSchema = z.strictObject({
  accountIds: z.array(z.string().min(1).max(200)).max(50),
});

export const STATS_DAYS_MAX = 92;
export const statsQuerySchema = z.object({
  days: z.coerce.number().int().min(1).max(STATS_DAYS_MAX).default(7),
});

const volume = {
  /** Chats started. */
  started: z.int().min(0),
  /** Of those, taken by an agent. */
  accepted: z.int().min(0),
  /** Of those, left by the resident while waiting. */
  leftWaiting: z.int().min(0),
  /** Mean and longest wait from start to an agent taking it, in seconds; null without accepted chats. */
  meanWaitSeconds: z.int().min(0).nullable(),
  maxWaitSeconds: z.int().min(0).nullable(),
};

export const chatStatsSchema = z.object({
  from: instant,
  to: instant,
  total: z.object(volume),
  /** Messages left outside chat hours (cases) in the period. */
  cases: z.int().min(0),
  /** By the hour of the day the chat started (Berlin time), 0-23, every hour present. */
  byHour: z.array(z.object({ hour: z.int().min(0).max(23), ...volume })),
  /** By topic, only topics with chats. */
  byTopic: z.array(z.object({ topic: z.enum(CHAT_TOPICS), ...volume })),
});
export type ChatStats = z.infer<typeof chatStatsSchema>;
