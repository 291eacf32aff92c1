// The consultation request form: its text values, the contract's own schema as the check before
// queueing (the server checks the same again), and the way back from a queued request to the form.
import {
  CONSULTATION_TOPICS,
  type ConsultationWrite,
  consultationWriteSchema,
} from "../../lib/contract/business";
import { z } from "../../lib/contract/zod";

export type ConsultationTopic = (typeof CONSULTATION_TOPICS)[number];

export type ConsultationForm = {
  name: string;
  company: string;
  email: string;
  phone: string;
  topic: ConsultationTopic | "";
  message: string;
  consent: boolean;
};
export type ConsultationField = keyof ConsultationForm;

/** The fields in the order of the form, so the error summary reads top to bottom. */
export const CONSULTATION_FIELDS: ConsultationField[] = [
  "name",
  "company",
  "email",
  "phone",
  "topic",
  "message",
  "consent",
];

export const emptyConsultation = (): ConsultationForm => ({
  name: "",
  company: "",
  email: "",
  phone: "",
  topic: "",
  message: "",
  consent: false,
});

/** A topic from a select or a link (?thema=funding); "" when it is none of the contract's. */
export const topicOf = (value: string | undefined): ConsultationTopic | "" =>
  CONSULTATION_TOPICS.find((topic) => topic === value) ?? "";

const isField = (value: unknown): value is ConsultationField =>
  CONSULTATION_FIELDS.some((field) => field === value);

export type ConsultationCheck =
  { ok: true; write: ConsultationWrite } | { ok: false; errors: Partial<Record<ConsultationField, string>> };

/** The write the outbox sends, or a translation key per field at fault. */
export function checkConsultation(form: ConsultationForm): ConsultationCheck {
  const phone = form.phone.trim();
  const result = consultationWriteSchema.safeParse({
    ...form,
    phone: phone === "" ? null : phone,
    topic: form.topic === "" ? undefined : form.topic,
  });
  if (result.success) return { ok: true, write: result.data };
  const errors: Partial<Record<ConsultationField, string>> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (isField(field)) errors[field] ??= `business.consultation.errors.${field}`;
  }
  return { ok: false, errors };
}

/** Whatever the queued body holds, field by field: an invalid field comes back empty. */
const queuedSchema = z.object({
  name: z.string().catch(""),
  company: z.string().catch(""),
  email: z.string().catch(""),
  phone: z.string().nullable().catch(""),
  topic: z.union([z.enum(CONSULTATION_TOPICS), z.literal("")]).catch(""),
  message: z.string().catch(""),
  consent: z.boolean().catch(false),
});

/** A queued request the server refused, back in the form to correct it. */
export function formOfWrite(body: unknown): ConsultationForm {
  const parsed = queuedSchema.safeParse(body);
  if (!parsed.success) return emptyConsultation();
  return { ...parsed.data, phone: parsed.data.phone ?? "" };
}
