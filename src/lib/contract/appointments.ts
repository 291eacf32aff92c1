// Appointments at the city's offices (Terminvereinbarung) as they travel between browser and server:
// slot queries, bookings, the appointment record (also in the personal change feed "appointments"),
// and the staff's day view. Request bodies are strict; records are not (newer servers add fields).
import { DEPARTMENTS } from "./account-constants";
import { VISIT_TYPES } from "./guide";
import { UI_LANGUAGES } from "./languages";
import { z } from "./zod";

export { VISIT_TYPES };
export type VisitType = (typeof VISIT_TYPES)[number];

/**
 * held: booked without an account, waiting for the mail's link (the slot is kept 15 minutes);
 * expired: that link was not opened in time; the others as their names say.
 */
export const APPOINTMENT_STATUSES = [
  "held",
  "confirmed",
  "checked-in",
  "no-show",
  "cancelled",
  "expired",
] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];
/** Statuses that occupy their slot. */
export const ACTIVE_STATUSES = ["held", "confirmed"] as const satisfies readonly AppointmentStatus[];

/** A visit has at most this many services; each service line at most its own `maxPersons`. */
export const MAX_SERVICES_PER_VISIT = 5;
export const HOLD_MINUTES = 15;
/** "T-" and eight characters without look-alikes (no 0/O, 1/I/L): easy to read out and to type. */
export const REFERENCE_PATTERN = /^T-[2-9A-HJ-KM-NP-Z]{4}-[2-9A-HJ-KM-NP-Z]{4}$/;

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "lowercase words joined by hyphens");
const isoDate = z.iso.date();
const instant = z.iso.datetime({ offset: true });
const token = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, "not a link token");

export const serviceLineSchema = z.strictObject({
  serviceId: slug,
  /** For how many people (for example identity cards for a family). */
  persons: z.int().min(1).max(10),
});
export type ServiceLine = z.infer<typeof serviceLineSchema>;

const serviceLines = z
  .array(serviceLineSchema)
  .min(1)
  .max(MAX_SERVICES_PER_VISIT)
  .refine((lines) => new Set(lines.map((l) => l.serviceId)).size === lines.length, "each service once");

/** "personalausweis:2,reisepass:1", the services of a slot query in the URL. */
export const serviceListParam = z
  .string()
  .max(300)
  .transform((value, ctx) => {
    const lines = value.split(",").map((part) => {
      const [serviceId, persons = "1"] = part.split(":");
      return { serviceId, persons: Number(persons) };
    });
    const parsed = serviceLines.safeParse(lines);
    if (parsed.success) return parsed.data;
    ctx.addIssue({ code: "custom", message: "services as id:persons, separated by commas" });
    return z.NEVER;
  });
export const formatServiceList = (lines: ServiceLine[]) =>
  lines.map((l) => `${l.serviceId}:${l.persons}`).join(",");

/** GET /api/appointments/slots?office=…&services=…&from=YYYY-MM-DD&days=N */
export const slotQuerySchema = z.strictObject({
  office: slug,
  services: serviceListParam,
  from: isoDate.optional(),
  days: z.coerce.number().int().min(1).max(62).default(31),
});

/** Only days with at least one bookable slot are listed; slots are start instants (UTC ISO). */
export const slotsResponseSchema = z.object({
  officeId: z.string(),
  durationMinutes: z.int(),
  visitTypes: z.array(z.enum(VISIT_TYPES)),
  days: z.array(z.object({ date: isoDate, slots: z.array(instant) })),
});
export type SlotsResponse = z.infer<typeof slotsResponseSchema>;

/** GET /api/appointments/challenge: an ALTCHA proof-of-work challenge (anonymous bookings only). */
export { type AltchaChallenge, altchaChallengeSchema } from "./proof-of-work";

export const contactSchema = z.strictObject({
  name: z.string().trim().min(2).max(100),
  email: z
    .email()
    .max(254)
    .transform((value) => value.trim().toLowerCase()),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()/-]{5,30}$/, "a phone number")
    .optional(),
});

/** POST /api/appointments. Signed in: contact and altcha are taken from the account / not needed. */
export const bookingRequestSchema = z.strictObject({
  officeId: slug,
  services: serviceLines,
  start: instant,
  visitType: z.enum(VISIT_TYPES),
  /** The mails about this booking come in this language. */
  language: z.enum(UI_LANGUAGES),
  contact: contactSchema.optional(),
  /** The solved ALTCHA payload, base64 JSON as the ALTCHA widget sends it. */
  altcha: z.string().min(10).max(2000).optional(),
});
export type BookingRequest = z.input<typeof bookingRequestSchema>;

export const tokenRequestSchema = z.strictObject({ token });
export const moveRequestSchema = z.strictObject({ token, start: instant });
export const accountMoveRequestSchema = z.strictObject({ start: instant });

/** The appointment as the citizen sees it: in API answers, on the device, in the change feed. */
export const appointmentSchema = z.object({
  id: z.string(),
  reference: z.string(),
  officeId: z.string(),
  services: z.array(z.object({ serviceId: z.string(), persons: z.number() })),
  start: instant,
  end: instant,
  visitType: z.enum(VISIT_TYPES),
  status: z.enum(APPOINTMENT_STATUSES),
  name: z.string(),
  email: z.string(),
  /** Until when a held slot waits for the mail's link. */
  holdExpiresAt: instant.nullable(),
  /** The appointment as iCalendar (RFC 5545) text, so it can be added to a calendar offline. */
  calendar: z.string(),
  createdAt: instant,
});
export type Appointment = z.infer<typeof appointmentSchema>;

/** POST /api/appointments answer: held (mail sent) or, signed in, confirmed at once. */
export const bookingResultSchema = z.object({ appointment: appointmentSchema });

// ---- Staff ----

export const dayViewQuerySchema = z.strictObject({ office: slug, date: isoDate });

export const staffAppointmentSchema = appointmentSchema.omit({ calendar: true }).extend({
  counter: z.int(),
  phone: z.string().nullable(),
  accountId: z.string().nullable(),
  checkedInAt: instant.nullable(),
});
export type StaffAppointment = z.infer<typeof staffAppointmentSchema>;
/** Answer to a check-in or a no-show. */
export const staffAppointmentResultSchema = z.object({ appointment: staffAppointmentSchema });

export const closureSchema = z.object({
  id: z.string(),
  officeId: z.string(),
  start: instant,
  end: instant,
  reason: z.string(),
  createdAt: instant,
});
export type Closure = z.infer<typeof closureSchema>;

export const dayViewSchema = z.object({
  officeId: z.string(),
  date: isoDate,
  counters: z.int(),
  department: z.enum(DEPARTMENTS),
  appointments: z.array(staffAppointmentSchema),
  closures: z.array(closureSchema),
});
export type DayView = z.infer<typeof dayViewSchema>;

export const checkInRequestSchema = z.strictObject({
  /** Typed, or read by a hand scanner that types the QR code's text (the reference). */
  reference: z
    .string()
    .trim()
    .transform((value) => value.toUpperCase())
    .pipe(z.string().regex(REFERENCE_PATTERN, "a reference like T-ABCD-EFGH")),
});

export const closureRequestSchema = z
  .strictObject({
    officeId: slug,
    start: instant,
    end: instant,
    reason: z.string().trim().min(3).max(200),
    /** Cancel the appointments in the period and tell everyone affected. */
    cancelAppointments: z.boolean(),
  })
  .refine((c) => Date.parse(c.end) > Date.parse(c.start), { message: "end after start", path: ["end"] });
export type ClosureRequest = z.input<typeof closureRequestSchema>;

export const closureResultSchema = z.object({ closure: closureSchema, cancelled: z.int() });
