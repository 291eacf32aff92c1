// Official warnings (NINA: MoWaS, BIWAPP, KATWARN, DWD, LHP, police) and the city's own notices in
// one model, as the public "warnings" feed carries them; and the Web Push subscription with its
// preferences. Shared by server, browser and service worker.
import {
  PUSH_TOPICS,
  SEVERITIES,
  WARNING_PROVIDERS,
  MSG_TYPES,
  CITY_NOTICE_KINDS,
  QUIET_HOURS_PATTERN,
  ARS_PATTERN,
  WARNING_LANGUAGES,
} from "./warnings-constants";
import { z } from "./zod";

export * from "./warnings-constants";

/** The texts of one language as the sender wrote them (HTML sanitised to a few tags, see server). */
export const warningTextSchema = z.object({
  headline: z.string(),
  event: z.string().nullable(),
  /** Sanitised HTML: only <br>, <p>, <ul>, <ol>, <li>, <b>, <strong>, <i>, <em>, <a href="https:…">. */
  description: z.string().nullable(),
  instruction: z.string().nullable(),
  contact: z.string().nullable(),
  web: z.string().nullable(),
});
export type WarningText = z.infer<typeof warningTextSchema>;

// Not strict: a client accepts data from a newer server with more fields.
const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
export const warningAreaSchema = z.object({
  type: z.literal("MultiPolygon"),
  coordinates: z.array(z.array(z.array(lonLat).min(4)).min(1)).min(1),
});
export type WarningArea = z.infer<typeof warningAreaSchema>;

export const warningSchema = z.object({
  /** The upstream identifier (e.g. "mow.DE-NW-…", "dwd.2.49…"), or "city.<uuid>" for city notices. */
  id: z.string(),
  provider: z.enum(WARNING_PROVIDERS),
  /** Upstream version; a change of version or hash is a new state of the same warning. */
  version: z.number(),
  hash: z.string(),
  msgType: z.enum(MSG_TYPES),
  /** Ids of earlier warnings this one updates or cancels (CAP `references`, parsed leniently). */
  references: z.array(z.string()),
  severity: z.enum(SEVERITIES),
  urgency: z.string().nullable(),
  certainty: z.string().nullable(),
  eventCode: z.string().nullable(),
  /** The issuing authority, as named by the sender (shown as the source). */
  sender: z.string().nullable(),
  sent: z.string(),
  onset: z.string().nullable(),
  expires: z.string().nullable(),
  /** Texts per language code ("de", "en", …); German is always there. */
  texts: z.object({ de: warningTextSchema }).catchall(warningTextSchema),
  /** Area descriptions as the sender gave them ("Stadt Delmenhorst", "Kreis Oldenburg"). */
  areas: z.array(z.string()),
  /** ARS of the districts whose dashboard lists this warning (and that subscribers choose). */
  regions: z.array(z.string()),
  /** City notices: what kind (road closure, water …); null for upstream warnings. */
  noticeKind: z.enum(CITY_NOTICE_KINDS).nullable(),
  /** "Stand": when our server last received this state from the source. */
  fetchedAt: z.string(),
  /**
   * When the source stopped listing it (NINA drops a warning from its dashboard when it is over,
   * often without an expiry or an all-clear); null while listed. Default for records of older servers.
   */
  withdrawnAt: z.string().nullable().default(null),
  /**
   * The area as polygons (GeoJSON MultiPolygon coordinates, longitude first), simplified to about
   * 10 m; null for city notices, while not fetched, or when the source gives none.
   */
  area: warningAreaSchema.nullable().default(null),
});
export type Warning = z.infer<typeof warningSchema>;

/** City notices, published by staff (department ordnungsamt or admin). */
export const cityNoticeSchema = z.strictObject({
  kind: z.enum(CITY_NOTICE_KINDS),
  severity: z.enum(SEVERITIES),
  headline: z.string().trim().min(5).max(200),
  description: z.string().trim().min(10).max(5000),
  instruction: z.string().trim().max(2000).nullable(),
  /** The area in words ("Innenstadt zwischen Lange Straße und Bahnhof"). */
  area: z.string().trim().min(3).max(300),
  onset: z.iso.datetime({ offset: true }).nullable(),
  expires: z.iso.datetime({ offset: true }),
  /** Optional English version; German is the original. */
  english: z
    .strictObject({
      headline: z.string().trim().min(5).max(200),
      description: z.string().trim().min(10).max(5000),
      instruction: z.string().trim().max(2000).nullable(),
    })
    .nullable(),
});
export type CityNotice = z.infer<typeof cityNoticeSchema>;

/** The ingest's health, for the "Stand" line: when the last good answer of NINA arrived. */
export const warningsStatusSchema = z.object({
  regions: z.array(
    z.object({
      ars: z.string(),
      lastSuccessAt: z.string().nullable(),
      lastErrorAt: z.string().nullable(),
      failures: z.number(),
    }),
  ),
});
export type WarningsStatus = z.infer<typeof warningsStatusSchema>;

// ---- Web Push ----

export const quietHoursSchema = z.strictObject({
  /** "22:00" to "06:30" in Europe/Berlin; Extreme warnings come through anyway. */
  from: z.string().regex(QUIET_HOURS_PATTERN),
  to: z.string().regex(QUIET_HOURS_PATTERN),
});

export const pushPreferencesSchema = z.strictObject({
  /** District ARS (12 digits ending in 0000000); Delmenhorst is 034010000000. */
  places: z.array(z.string().regex(ARS_PATTERN)).min(1).max(10),
  minSeverity: z.enum(SEVERITIES),
  sources: z.array(z.enum(WARNING_PROVIDERS)).min(1),
  language: z.enum(WARNING_LANGUAGES),
  quietHours: quietHoursSchema.nullable(),
  /** Other topics on the same channel; each can be switched off. */
  topics: z.partialRecord(z.enum(PUSH_TOPICS), z.boolean()),
});
export type PushPreferences = z.infer<typeof pushPreferencesSchema>;

/** PushSubscription.toJSON() of the browser, plus the preferences. */
/** GET /api/push/vapid-public-key: the key browsers subscribe with (base64url). */
export const vapidPublicKeySchema = z.object({ publicKey: z.string().min(1) });
export const pushSubscribeSchema = z.strictObject({
  subscription: z.object({
    endpoint: z.url({ protocol: /^https$/ }).max(2048),
    expirationTime: z.number().nullable().optional(),
    keys: z.object({
      p256dh: z.string().regex(/^[A-Za-z0-9_-]{80,100}$/, "a P-256 public key, base64url"),
      auth: z.string().regex(/^[A-Za-z0-9_-]{16,32}$/, "16 bytes, base64url"),
    }),
  }),
  preferences: pushPreferencesSchema,
});
export type PushSubscribe = z.infer<typeof pushSubscribeSchema>;

/** The answer to subscribing: the id and a secret that lets this device change or end it. */
export const pushRegistrationSchema = z.object({
  id: z.string(),
  manageToken: z.string(),
  preferences: pushPreferencesSchema,
});
export type PushRegistration = z.infer<typeof pushRegistrationSchema>;

/** What the service worker receives in a push message (JSON, encrypted per RFC 8291). */
export const pushPayloadSchema = z.discriminatedUnion("topic", [
  z.object({ topic: z.literal("warnings"), warning: warningSchema }),
  z.object({ topic: z.literal("postbox"), title: z.string(), body: z.string(), url: z.string() }),
  z.object({ topic: z.literal("appointments"), title: z.string(), body: z.string(), url: z.string() }),
  z.object({ topic: z.literal("applications"), title: z.string(), body: z.string(), url: z.string() }),
  /** An answer in the Bürgerbüro chat while the resident was away (only to devices that asked). */
  z.object({ topic: z.literal("chat"), title: z.string(), body: z.string(), url: z.string() }),
  /** The waste calendar's reminder the evening before (only to the device that asked on /abfall). */
  z.object({ topic: z.literal("waste"), title: z.string(), body: z.string(), url: z.string() }),
  /** A defect report's new status (to its reporter's device) or a new report in a followed area. */
  z.object({ topic: z.literal("reports"), title: z.string(), body: z.string(), url: z.string() }),
  /** A new meeting, agenda or paper of the council that matches what the device follows. */
  z.object({ topic: z.literal("council"), title: z.string(), body: z.string(), url: z.string() }),
  /** "Erinnern" before a streamed council meeting or info event (only to the device that asked). */
  z.object({ topic: z.literal("council-stream"), title: z.string(), body: z.string(), url: z.string() }),
]);
export type PushPayload = z.infer<typeof pushPayloadSchema>;
