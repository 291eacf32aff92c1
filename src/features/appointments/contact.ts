// The contact of a booking without an account, checked with the contract's own schema, so the form
// says exactly what the server would refuse.
import { contactSchema } from "../../lib/contract/appointments";
import type { z } from "../../lib/contract/zod";

export type ContactFields = { name: string; email: string; phone: string };
export type ContactField = keyof ContactFields;
export const CONTACT_FIELDS: ContactField[] = ["name", "email", "phone"];

export type ContactCheck =
  | { ok: true; contact: z.infer<typeof contactSchema> }
  | { ok: false; errors: Partial<Record<ContactField, string>> };

/** Field errors are translation keys (appointments.contact.errors.<field>). */
export function checkContact(fields: ContactFields): ContactCheck {
  const phone = fields.phone.trim();
  const parsed = contactSchema.safeParse({
    name: fields.name,
    email: fields.email.trim(),
    ...(phone ? { phone } : {}),
  });
  if (parsed.success) return { ok: true, contact: parsed.data };
  const errors: Partial<Record<ContactField, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = CONTACT_FIELDS.find((f) => f === issue.path[0]);
    if (field) errors[field] = `appointments.contact.errors.${field}`;
  }
  return { ok: false, errors };
}
