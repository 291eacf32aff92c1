// Support for local businesses by the economic development agency (dwfg): the directory of digital
// service providers, the funding finder and consultation requests.
import { z } from "./zod";

export const PROVIDERS_COLLECTION = "digital-providers";
export const FUNDING_COLLECTION = "funding-programmes";

const isoDate = z.iso.date();
const id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/);
const webAddress = z
  .url({ protocol: /^https?$/, hostname: z.regexes.domain })
  .max(300)
  .nullable();

export const DIGITAL_SERVICES = [
  "web-shop",
  "website",
  "it-support",
  "marketing",
  "social-media",
  "payments",
  "security",
] as const;
export type DigitalService = (typeof DIGITAL_SERVICES)[number];

const providerShape = {
  name: z.string().trim().min(2).max(120),
  services: z.array(z.enum(DIGITAL_SERVICES)).min(1).max(DIGITAL_SERVICES.length),
  description: z.string().trim().min(10).max(600),
  website: webAddress,
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9][0-9 ()/-]{4,29}$/)
    .nullable(),
  email: z.email().max(200).nullable(),
  address: z.string().trim().max(200).nullable(),
  sample: z.boolean(),
};
export const digitalProviderSchema = z.object({ id, ...providerShape });
export const providerWriteSchema = z.strictObject(providerShape);
export type DigitalProvider = z.infer<typeof digitalProviderSchema>;

export const FUNDING_STATUSES = ["open", "announced", "closed"] as const;
export type FundingStatus = (typeof FUNDING_STATUSES)[number];
export const FUNDING_LEVELS = ["eu", "federal", "state", "city"] as const;

const fundingShape = {
  name: z.string().trim().min(2).max(160),
  /** Who runs it, e.g. "Bundesministerium für Wirtschaft und Klimaschutz", "NBank", "dwfg". */
  provider: z.string().trim().min(2).max(160),
  level: z.enum(FUNDING_LEVELS),
  targetGroup: z.string().trim().min(2).max(300),
  /** What is funded. */
  funds: z.string().trim().min(2).max(600),
  /** Amount or rate in words ("bis zu 50 % der Kosten, höchstens 15.000 €"). */
  amount: z.string().trim().min(2).max(200),
  /** Last day applications are accepted, if there is one. */
  deadline: isoDate.nullable(),
  /** The programme starts taking applications (announced before). */
  startsOn: isoDate.nullable(),
  /** The programme ends; after this day it is closed, whatever `status` says. */
  endsOn: isoDate.nullable(),
  status: z.enum(FUNDING_STATUSES),
  /** "Stand": the day staff last checked the programme's status. */
  statusAsOf: isoDate,
  url: webAddress,
  sample: z.boolean(),
};
export const fundingProgrammeSchema = z.object({ id, ...fundingShape });
export const fundingWriteSchema = z.strictObject(fundingShape).superRefine((p, ctx) => {
  if (p.startsOn && p.endsOn && p.startsOn > p.endsOn)
    ctx.addIssue({ code: "custom", path: ["endsOn"], message: "the programme must start before it ends" });
  if (p.deadline && p.endsOn && p.deadline > p.endsOn)
    ctx.addIssue({ code: "custom", path: ["deadline"], message: "the deadline lies after the end" });
});
export type FundingProgramme = z.infer<typeof fundingProgrammeSchema>;

/**
 * The status residents see on `today` (YYYY-MM-DD, Berlin): a programme whose end or deadline has
 * passed is closed, one that has not started yet is announced, whatever was stored. So "Digital
 * jetzt" (ended 31 Dec 2023) can never show as open.
 */
export function fundingStatusOn(
  programme: Pick<FundingProgramme, "status" | "startsOn" | "endsOn" | "deadline">,
  today: string,
): FundingStatus {
  if (programme.endsOn && programme.endsOn < today) return "closed";
  if (programme.deadline && programme.deadline < today) return "closed";
  if (programme.status === "closed") return "closed";
  if (programme.startsOn && programme.startsOn > today) return "announced";
  return programme.status;
}

export const CONSULTATION_TOPICS = [
  "going-online",
  "funding",
  "founding",
  "premises",
  "skilled-workers",
  "other",
] as const;
export const consultationWriteSchema = z.strictObject({
  name: z.string().trim().min(2).max(120),
  company: z.string().trim().min(2).max(160),
  email: z.email().max(200),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9][0-9 ()/-]{4,29}$/)
    .nullable(),
  topic: z.enum(CONSULTATION_TOPICS),
  message: z.string().trim().min(10).max(2000),
  /** Consent to processing for answering the request (Art. 6 (1) a GDPR); must be given. */
  consent: z.literal(true),
});
export type ConsultationWrite = z.infer<typeof consultationWriteSchema>;
export type Consultation = Omit<ConsultationWrite, "consent"> & {
  id: string;
  reference: string;
  createdAt: string;
  state: "new" | "done";
};
/** A stored request as the agency's console lists it. */
export const consultationSchema = consultationWriteSchema.omit({ consent: true }).extend({
  id: z.string(),
  reference: z.string(),
  createdAt: z.string(),
  state: z.enum(["new", "done"]),
});
/** What the sender keeps of a request: the reference to quote. */
export const consultationReceiptSchema = z.object({ id: z.string(), reference: z.string() });
/** Ids of providers and programmes: lowercase slugs, as residents' data has them. */
export const businessIdSchema = id;
