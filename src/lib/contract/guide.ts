// Data of the services guide (Behördenwegweiser) as it travels through the sync feed.
// Shared by server, browser and service worker: imports nothing but zod.
import { DEPARTMENTS } from "./account-constants";
import { UI_LANGUAGES } from "./languages";
import { z } from "./zod";

/** The languages content may be written in: the app's ten (issue 20). German is the original. */
export const LANGUAGES = UI_LANGUAGES;
export type Language = (typeof LANGUAGES)[number];

// Objects are not strict here: a client must accept data from a newer server with more fields.
// Request bodies that write these records use strict schemas of their own.
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "lowercase words joined by hyphens");
const isoDate = z.iso.date();

/**
 * Texts per language: German required (the original, and what a reader of a missing language gets,
 * with a note), every other language optional. Records synced before (German and English) stay valid.
 */
const perLanguage = <T extends z.ZodType>(text: T) =>
  z.object({
    de: text,
    en: text.optional(),
    tr: text.optional(),
    ar: text.optional(),
    ru: text.optional(),
    uk: text.optional(),
    pl: text.optional(),
    bg: text.optional(),
    ro: text.optional(),
    "de-x-ls": text.optional(),
  });

/** How an appointment takes place: at the office, or by phone or video where a service allows it. */
export const VISIT_TYPES = ["on-site", "phone", "video"] as const;

export const SERVICE_CATEGORIES = [
  "identity",
  "registration",
  "civil-status",
  "family",
  "vehicles",
  "building",
  "business",
  "taxes",
  "social",
  "public-order",
  "environment",
] as const;

export const serviceTextSchema = z.object({
  title: z.string().min(2),
  summary: z.string().min(10),
  description: z.string().min(10),
  /** What to bring (documents, photos, payment). */
  documents: z.array(z.string().min(2)),
  /** One label per entry of `fees`, in the same order. */
  fees: z.array(z.string().min(2)),
  processingTime: z.string().min(2),
  /** Other words people search with: synonyms, colloquial names. */
  keywords: z.array(z.string().min(2)),
});
export type ServiceText = z.infer<typeof serviceTextSchema>;

export const serviceSchema = z
  .object({
    id: slug,
    category: z.enum(SERVICE_CATEGORIES),
    officeIds: z.array(slug).min(1),
    /** Whether the service can be applied for online, completely or in part. */
    online: z.enum(["yes", "partly", "no"]),
    /** Where the service is done online outside this app (a state or federal portal). */
    onlineUrl: z.url({ protocol: /^https$/ }).optional(),
    appointment: z.enum(["required", "recommended", "no"]),
    /** Time at the counter, for appointment booking (per person). */
    durationMinutes: z.int().min(5).max(240),
    /** Online booking rules; without them one person, on site. */
    booking: z
      .object({
        maxPersons: z.int().min(1).max(10),
        visitTypes: z.array(z.enum(VISIT_TYPES)).min(1),
      })
      .optional(),
    /** Fees in euros; `maxAmount` for a range. Amount 0 means free of charge. */
    fees: z.array(z.object({ amount: z.number().min(0), maxAmount: z.number().min(0).optional() })),
    legalBasis: z.array(z.object({ title: z.string().min(2), url: z.url().optional() })),
    reviewedAt: isoDate,
    /** Sample content that the city still has to check. */
    sample: z.boolean(),
    text: perLanguage(serviceTextSchema),
    /**
     * The summary in Leichte Sprache (issue 20), German by nature: its own field rather than a
     * language of `text`, shown under "In Leichter Sprache" on the service page in every language.
     */
    easySummary: z.string().min(10).max(1000).optional(),
  })
  .refine((s) => Object.values(s.text).every((text) => !text || text.fees.length === s.fees.length), {
    message: "every fee needs a label in every language",
    path: ["text"],
  });
export type Service = z.infer<typeof serviceSchema>;

export const officeTextSchema = z.object({
  name: z.string().min(2),
  description: z.string().min(10),
  /** Anything about access a visitor should know that the flags below do not say. */
  accessibilityNote: z.string().optional(),
});

export const officeSchema = z.object({
  id: slug,
  address: z.object({
    street: z.string().min(2),
    postalCode: z.string().regex(/^\d{5}$/),
    city: z.string().min(2),
  }),
  geo: z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }),
  /** OpenStreetMap `opening_hours` syntax; PH applies Lower Saxony's public holidays. */
  openingHours: z.string().min(2),
  phone: z.string().min(3),
  email: z.email(),
  accessibility: z.object({
    wheelchair: z.enum(["yes", "limited", "no"]),
    accessibleToilet: z.boolean(),
    hearingLoop: z.boolean(),
    disabledParking: z.boolean(),
  }),
  /**
   * The staff department that does the office's work: it receives the online applications of the
   * office's services and runs its calendar (booking.department says the same).
   */
  department: z.enum(DEPARTMENTS).optional(),
  /** Online appointment booking; offices without it take no online bookings. */
  booking: z
    .object({
      /** Desks that serve visitors at the same time. */
      counters: z.int().min(1).max(50),
      /** Slots start every this many minutes from the opening time. */
      slotMinutes: z.union([z.literal(5), z.literal(10), z.literal(15), z.literal(20), z.literal(30)]),
      horizonDays: z.int().min(1).max(180),
      leadMinutes: z
        .int()
        .min(0)
        .max(7 * 24 * 60),
      /** The staff department that runs the office's calendar. */
      department: z.enum(DEPARTMENTS),
    })
    .optional(),
  reviewedAt: isoDate,
  sample: z.boolean(),
  text: perLanguage(officeTextSchema),
});
export type Office = z.infer<typeof officeSchema>;

export const lifeSituationTextSchema = z.object({
  title: z.string().min(2),
  summary: z.string().min(10),
});

export const lifeSituationSchema = z.object({
  id: slug,
  /** The services in the order a resident typically needs them. */
  serviceIds: z.array(slug).min(1),
  reviewedAt: isoDate,
  sample: z.boolean(),
  text: perLanguage(lifeSituationTextSchema),
});
export type LifeSituation = z.infer<typeof lifeSituationSchema>;
