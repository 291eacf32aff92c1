// The council information system (Ratsinformationssystem, OParl) as the app syncs it: meetings with
// their agenda, papers with their consultations, committees with members, persons with memberships.
// Each record carries the names it shows, so a page reads one record offline.
import { z } from "./zod";

export const COUNCIL_MEETINGS_COLLECTION = "council-meetings";
export const COUNCIL_PAPERS_COLLECTION = "council-papers";
export const COUNCIL_ORGANIZATIONS_COLLECTION = "council-organizations";
export const COUNCIL_PERSONS_COLLECTION = "council-persons";

/** Our short id of an OParl object (its URL hashed): safe in a path, stable across imports. */
const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const text = z.string().max(2000);
const optionalText = text.nullable();
const isoDate = z.iso.date().nullable();
const instant = z.string().max(40).nullable();

export const councilFileSchema = z.object({
  /** Our id of the file: GET /api/council/files/{id} serves it (absent in records of before). */
  id: id.optional(),
  name: text,
  mimeType: optionalText,
  size: z.number().int().min(0).nullable(),
  /** The document at the council information system. */
  url: z.url({ protocol: /^https?$/ }),
});
export type CouncilFile = z.infer<typeof councilFileSchema>;

const organizationRef = z.object({ id, name: text });

export const agendaItemSchema = z.object({
  id,
  number: optionalText,
  name: text,
  public: z.boolean(),
  result: optionalText,
  resolutionText: optionalText,
  paperId: id.nullable(),
  paperReference: optionalText,
  files: z.array(councilFileSchema),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const councilMeetingSchema = z.object({
  id,
  name: text,
  start: instant,
  end: instant,
  cancelled: z.boolean(),
  organizations: z.array(organizationRef),
  location: optionalText,
  agenda: z.array(agendaItemSchema),
  files: z.array(councilFileSchema),
  sample: z.boolean(),
});
export type CouncilMeeting = z.infer<typeof councilMeetingSchema>;

export const consultationSchema = z.object({
  meetingId: id.nullable(),
  meetingName: optionalText,
  meetingStart: instant,
  organizations: z.array(organizationRef),
  role: optionalText,
  authoritative: z.boolean(),
  result: optionalText,
});
export type Consultation = z.infer<typeof consultationSchema>;

export const councilPaperSchema = z.object({
  id,
  name: text,
  reference: optionalText,
  date: isoDate,
  paperType: optionalText,
  consultations: z.array(consultationSchema),
  files: z.array(councilFileSchema),
  /** Where the paper is about (OParl Location with a GeoJSON point); absent in records of before. */
  locations: z
    .array(
      z.object({
        lat: z.number().min(-90).max(90),
        lon: z.number().min(-180).max(180),
        description: optionalText,
      }),
    )
    .optional(),
  sample: z.boolean(),
});
export type CouncilPaper = z.infer<typeof councilPaperSchema>;

export const membershipSchema = z.object({
  role: optionalText,
  votingRight: z.boolean().nullable(),
  startDate: isoDate,
  endDate: isoDate,
});

/** A legislative term (Wahlperiode) of the council, from the OParl Body. */
export const legislativeTermSchema = z.object({ name: text, startDate: isoDate, endDate: isoDate });
export type LegislativeTerm = z.infer<typeof legislativeTermSchema>;

export const councilOrganizationSchema = z.object({
  id,
  name: text,
  shortName: optionalText,
  classification: optionalText,
  members: z.array(membershipSchema.extend({ personId: id, name: text })),
  /** The council's legislative terms, oldest first (the same in every record: they are few, and the
   * overview reads them offline with the committees); absent in records of before. */
  legislativeTerms: z.array(legislativeTermSchema).max(50).optional(),
  sample: z.boolean(),
});
export type CouncilOrganization = z.infer<typeof councilOrganizationSchema>;

export const councilPersonSchema = z.object({
  id,
  name: text,
  memberships: z.array(membershipSchema.extend({ organizationId: id, organizationName: text })),
  sample: z.boolean(),
});
export type CouncilPerson = z.infer<typeof councilPersonSchema>;

/** GET /api/council/search?q=: papers whose title or documents hold every word of the query. */
export const councilSearchHitSchema = z.object({
  id,
  name: text,
  reference: optionalText,
  date: z.string().max(40).nullable(),
  paperType: optionalText,
  /** Where the words are: the title (or reference) first, then the paper's documents. */
  match: z.enum(["title", "text"]),
  /** A short piece of the document's text around the words. */
  snippet: z.string().max(400).nullable(),
});
export type CouncilSearchHit = z.infer<typeof councilSearchHitSchema>;
export const councilSearchAnswerSchema = z.object({ hits: z.array(councilSearchHitSchema) });
