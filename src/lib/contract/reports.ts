// Defect reports ("Mängelmelder", issue 22): what residents send and see, what staff change, and
// the categories that Open311 GeoReport v2 names as services. Shared by server, browser and service
// worker. Public answers never carry the reporter's email or account, and a description or photo
// only after staff reviewed it.
import { type Department, DEPARTMENTS } from "./account-constants";
import { insideCity } from "./city-boundary";
import { UI_LANGUAGES } from "./languages";
import { z } from "./zod";

// ---- Categories and where they go ----

/**
 * Stable codes (also the Open311 `service_code`); never rename one, add new ones at the end.
 * Street lighting, water and sewage and the bus stops are the Stadtwerke's; the others the city's.
 */
export const REPORT_CATEGORIES = [
  "street-lighting",
  "road-damage",
  "illegal-dumping",
  "graffiti",
  "playgrounds",
  "traffic-signs",
  "public-green",
  "water-sewage",
  "bus-stops",
  "other",
] as const;
export type ReportCategory = (typeof REPORT_CATEGORIES)[number];
export const reportCategorySchema = z.enum(REPORT_CATEGORIES);

/** The department (or the Stadtwerke) a new report of each category goes to. */
export const CATEGORY_DEPARTMENTS = {
  "street-lighting": "stadtwerke",
  "road-damage": "bauamt",
  "illegal-dumping": "abfall",
  graffiti: "ordnungsamt",
  playgrounds: "bauamt",
  "traffic-signs": "ordnungsamt",
  "public-green": "bauamt",
  "water-sewage": "stadtwerke",
  "bus-stops": "stadtwerke",
  other: "ordnungsamt",
} as const satisfies Record<ReportCategory, Department>;

/** German names of the categories: the Open311 `service_name` and the console's fallback. */
export const CATEGORY_NAMES_DE: Record<ReportCategory, string> = {
  "street-lighting": "Straßenbeleuchtung",
  "road-damage": "Straßenschaden",
  "illegal-dumping": "Illegale Müllablagerung",
  graffiti: "Graffiti",
  playgrounds: "Spielplätze",
  "traffic-signs": "Verkehrszeichen",
  "public-green": "Öffentliches Grün",
  "water-sewage": "Wasser und Abwasser",
  "bus-stops": "Bushaltestellen",
  other: "Sonstiges",
};

// ---- Statuses ----

export const REPORT_STATUSES = ["received", "in_progress", "done", "not_responsible", "rejected"] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export const reportStatusSchema = z.enum(REPORT_STATUSES);
/** Open311 `status`: open while the city still works on it. */
export const OPEN_STATUSES = ["received", "in_progress"] as const satisfies readonly ReportStatus[];
export const isOpenStatus = (status: ReportStatus) => (OPEN_STATUSES as readonly string[]).includes(status);

// ---- Limits ----

export const REPORT_DESCRIPTION_MAX = 2000;
export const REPORT_NOTE_MAX = 1000;
export const REPORT_MAX_PHOTOS = 3;
/** Open reports of the same category this close are shown before sending ("Schon gemeldet?"). */
export const NEARBY_RADIUS_M = 50;
/** A done report may be reopened by its reporter this long after it was set done. */
export const REOPEN_DAYS = 14;
export const FOLLOW_RADIUS_MIN_M = 100;
export const FOLLOW_RADIUS_MAX_M = 2000;
export const REPORT_LIST_PAGE_MAX = 200;
/** Header with the secret the creator got back: photos and reopening without an account. */
export const REPORT_SECRET_HEADER = "X-Report-Secret";
/** Header with a push subscription's manage token (as on /api/push and the waste reminders). */
export const PUSH_TOKEN_HEADER = "X-Push-Token";

export const reportIdSchema = z.string().regex(/^[A-Za-z0-9-]{8,40}$/);
export const latitudeSchema = z.number().min(-90).max(90);
export const longitudeSchema = z.number().min(-180).max(180);

/** A point that must lie inside the city boundary. */
export const cityPositionSchema = z
  .object({ lat: latitudeSchema, lon: longitudeSchema })
  .refine(({ lat, lon }) => insideCity(lon, lat), { message: "position outside Delmenhorst" });
export type CityPosition = z.infer<typeof cityPositionSchema>;

/** A device's push subscription, proven by its manage token (from POST /api/push/subscriptions). */
export const pushSubscriptionRefSchema = z.strictObject({
  subscriptionId: z.string().min(1).max(100),
  manageToken: z.string().min(1).max(200),
});
export type PushSubscriptionRef = z.infer<typeof pushSubscriptionRefSchema>;

// ---- Resident writes ----

/** POST /api/reports (anonymous with proof of work and Idempotency-Key; signed in it is listed as mine). */
export const newReportSchema = z
  .strictObject({
    category: reportCategorySchema,
    lat: latitudeSchema,
    lon: longitudeSchema,
    /** The address the app showed back for the pin (reverse geocoded); a help for staff. */
    address: z.string().trim().max(200).nullable().optional(),
    description: z.string().trim().max(REPORT_DESCRIPTION_MAX),
    /** For updates by mail; never shown publicly. */
    email: z.email().max(254).nullable().optional(),
    /** For updates by push on this device. */
    push: pushSubscriptionRefSchema.nullable().optional(),
    /** The language of status notices. */
    language: z.enum(UI_LANGUAGES),
  })
  .refine(({ lat, lon }) => insideCity(lon, lat), { message: "position outside Delmenhorst", path: ["lat"] });
export type NewReport = z.infer<typeof newReportSchema>;

/** POST /api/reports/{id}/support: "+1" instead of a duplicate; once per device (or account). */
export const supportRequestSchema = z.strictObject({
  /** A random id the device keeps; signed in, the account counts instead. */
  deviceId: z.uuid(),
});

/** POST /api/reports/{id}/reopen: by its reporter (account or REPORT_SECRET_HEADER), within REOPEN_DAYS. */
export const reopenRequestSchema = z.strictObject({
  reason: z.string().trim().min(3).max(REPORT_NOTE_MAX),
});

/** POST /api/reports/follows: a push to this device for every new report in the circle. */
export const followAreaSchema = z.strictObject({
  push: pushSubscriptionRefSchema,
  lat: latitudeSchema,
  lon: longitudeSchema,
  radiusM: z.number().int().min(FOLLOW_RADIUS_MIN_M).max(FOLLOW_RADIUS_MAX_M),
  /** Empty: every category. */
  categories: z.array(reportCategorySchema).max(REPORT_CATEGORIES.length),
  language: z.enum(UI_LANGUAGES),
});
export type FollowArea = z.infer<typeof followAreaSchema>;
export const followSchema = z.object({
  id: z.string(),
  lat: z.number(),
  lon: z.number(),
  radiusM: z.number().int(),
  categories: z.array(reportCategorySchema),
});
export type Follow = z.infer<typeof followSchema>;
export const followListSchema = z.object({ follows: z.array(followSchema) });

// ---- Public answers ----

export const reportPhotoSchema = z.object({
  id: z.string(),
  /** The re-encoded WebP copies (no metadata); only published photos appear in public answers. */
  small: z.string(),
  large: z.string(),
});
export type ReportPhoto = z.infer<typeof reportPhotoSchema>;

/** What anyone sees of a report: no email, no account, no unreviewed text or photo. */
export const publicReportSchema = z.object({
  id: reportIdSchema,
  category: reportCategorySchema,
  lat: z.number(),
  lon: z.number(),
  address: z.string().nullable(),
  status: reportStatusSchema,
  /** What staff said with the last status change (the reason when rejected). */
  publicNote: z.string().nullable(),
  supportCount: z.number().int(),
  /** Null until staff reviewed it. */
  description: z.string().nullable(),
  photos: z.array(reportPhotoSchema),
  /** A merged duplicate points to the report that is kept. */
  duplicateOf: reportIdSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** True for the first start's sample reports (not real ones); absent or false otherwise. */
  sample: z.boolean().optional(),
});
export type PublicReport = z.infer<typeof publicReportSchema>;

/** The answer to POST /api/reports: the report and, once, the creator's secret. */
export const createdReportSchema = z.object({
  report: publicReportSchema,
  /** Send in REPORT_SECRET_HEADER to add photos and to reopen; shown only now. */
  secret: z.string(),
});
export type CreatedReport = z.infer<typeof createdReportSchema>;

/** GET /api/reports/mine: my reports with my own text and until when I may reopen. */
export const myReportSchema = publicReportSchema.extend({
  ownDescription: z.string(),
  photoCount: z.number().int(),
  /** Set while a done report may be reopened. */
  reopenUntil: z.string().nullable(),
});
export type MyReport = z.infer<typeof myReportSchema>;
export const myReportsSchema = z.object({ reports: z.array(myReportSchema) });
/**
 * The personal synced collection of the reporter's own reports (the same shape as GET /api/reports/mine),
 * so that "Meine Meldungen" reads offline; reports sent without an account are in no one's.
 */
export const MY_REPORTS_COLLECTION = "my-reports";

const bboxSchema = z
  .string()
  .regex(/^-?\d+(\.\d+)?(,-?\d+(\.\d+)?){3}$/, "west,south,east,north")
  .transform((value) => value.split(",").map(Number))
  .pipe(z.tuple([longitudeSchema, latitudeSchema, longitudeSchema, latitudeSchema]))
  .refine(([west, south, east, north]) => west < east && south < north, "west < east and south < north");

const listOf = <T extends string>(values: readonly [T, ...T[]]) =>
  z
    .string()
    .transform((value) => value.split(",").filter(Boolean))
    .pipe(z.array(z.enum(values)).max(values.length));

/** GET /api/reports: the public list and map. */
export const reportListQuerySchema = z.object({
  /** "west,south,east,north" in degrees. */
  bbox: bboxSchema.optional(),
  /** Comma-separated category codes. */
  category: listOf(REPORT_CATEGORIES).optional(),
  /** Comma-separated statuses. */
  status: listOf(REPORT_STATUSES).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(REPORT_LIST_PAGE_MAX).default(50),
});
export type ReportListQuery = z.infer<typeof reportListQuerySchema>;

export const reportListSchema = z.object({
  reports: z.array(publicReportSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type ReportList = z.infer<typeof reportListSchema>;

/** GET /api/reports/nearby?category&lat&lon: open reports of the category within NEARBY_RADIUS_M. */
export const nearbyQuerySchema = z.object({
  category: reportCategorySchema,
  lat: z.coerce.number().min(-90).max(90),
  lon: z.coerce.number().min(-180).max(180),
});
export const nearbyReportsSchema = z.object({
  reports: z.array(publicReportSchema.extend({ distanceM: z.number() })),
});
export type NearbyReports = z.infer<typeof nearbyReportsSchema>;

// ---- Console (/api/staff/reports) ----

/** The departments reports can go to (forwarding): every department, the Stadtwerke included. */
export const reportDepartmentSchema = z.enum(DEPARTMENTS);

export const staffReportListQuerySchema = z.object({
  /** Admins may pick any department; staff see only their own. */
  department: reportDepartmentSchema.optional(),
  category: listOf(REPORT_CATEGORIES).optional(),
  status: listOf(REPORT_STATUSES).optional(),
  /** "me" or a staff account id; "none" for unassigned. */
  assignee: z.string().max(100).optional(),
  bbox: bboxSchema.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(REPORT_LIST_PAGE_MAX).default(50),
});
export type StaffReportListQuery = z.infer<typeof staffReportListQuerySchema>;

export const staffPhotoSchema = reportPhotoSchema.extend({ published: z.boolean() });

/** One report with everything staff need (the reporter's email only here). */
export const staffReportSchema = z.object({
  id: reportIdSchema,
  category: reportCategorySchema,
  department: reportDepartmentSchema,
  lat: z.number(),
  lon: z.number(),
  address: z.string().nullable(),
  status: reportStatusSchema,
  publicNote: z.string().nullable(),
  description: z.string(),
  reviewed: z.boolean(),
  email: z.string().nullable(),
  hasAccount: z.boolean(),
  /** "app" or the name of the Open311 client (its API key), "open311" without a key. */
  source: z.string(),
  supportCount: z.number().int(),
  photos: z.array(staffPhotoSchema),
  assigneeId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  duplicateOf: reportIdSchema.nullable(),
  reopenedAt: z.string().nullable(),
  reopenReason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type StaffReport = z.infer<typeof staffReportSchema>;
export const staffReportListSchema = z.object({
  reports: z.array(staffReportSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type StaffReportList = z.infer<typeof staffReportListSchema>;

export const assignSchema = z.strictObject({ assigneeId: z.string().min(1).max(100).nullable() });

/** GET /api/staff/reports/colleagues: who reports of a department may be assigned to (staff: their own). */
export const colleaguesQuerySchema = z.object({ department: reportDepartmentSchema.optional() });
export const colleagueSchema = z.object({
  id: z.string(),
  name: z.string(),
  department: reportDepartmentSchema,
});
export type Colleague = z.infer<typeof colleagueSchema>;
export const colleagueListSchema = z.object({ colleagues: z.array(colleagueSchema) });

/** A status change with what the public reads; rejecting needs a reason (the note). */
export const statusChangeSchema = z
  .strictObject({
    status: reportStatusSchema,
    publicNote: z.string().trim().max(REPORT_NOTE_MAX).nullable(),
  })
  .refine((change) => change.status !== "rejected" || (change.publicNote ?? "").length >= 3, {
    message: "a rejection needs a reason",
    path: ["publicNote"],
  });
export type StatusChange = z.infer<typeof statusChangeSchema>;

export const mergeSchema = z.strictObject({ into: reportIdSchema });
export const forwardSchema = z.strictObject({ department: reportDepartmentSchema });
export const photoVisibilitySchema = z.strictObject({ published: z.boolean() });
export const reviewSchema = z.strictObject({ reviewed: z.boolean() });

export const reportStatsSchema = z.object({
  rows: z.array(
    z.object({
      /** "2026-11" (Berlin time of creation). */
      month: z.string(),
      category: reportCategorySchema,
      created: z.number().int(),
      done: z.number().int(),
      open: z.number().int(),
    }),
  ),
});
export type ReportStats = z.infer<typeof reportStatsSchema>;

// ---- Open311 API keys (admins) ----

export const apiKeyWriteSchema = z.strictObject({ client: z.string().trim().min(2).max(120) });
export const apiKeySchema = z.object({
  id: z.string(),
  client: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});
export type ApiKey = z.infer<typeof apiKeySchema>;
export const apiKeyListSchema = z.object({ keys: z.array(apiKeySchema) });
/** Shown once when issued; only a hash is kept. */
export const issuedApiKeySchema = z.object({ key: apiKeySchema, secret: z.string() });

export { reportPagePath } from "./reports-constants";
