// Meetings the council office enters in the console where the council information system has no
// OParl yet (issue 21): stored beside the imported ones and published through the same
// `council-meetings` feed. Ids are ours (the public record's id, as every council id).
import { z } from "./zod";

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const instant = z.iso.datetime({ offset: true });

export const staffAgendaItemSchema = z.object({
  id,
  number: z.string().max(40).nullable(),
  name: z.string().max(300),
});

export const staffMeetingSchema = z.object({
  id,
  name: z.string().max(300),
  /** The committee's id (as in `council-organizations`), or null. */
  organizationId: id.nullable(),
  start: instant,
  end: instant.nullable(),
  place: z.string().max(300),
  cancelled: z.boolean(),
  /** The public agenda, in order. */
  agenda: z.array(staffAgendaItemSchema),
});
export type StaffMeeting = z.infer<typeof staffMeetingSchema>;

/** GET /api/staff/council/meetings: the staff-entered meetings and the committees to pick from. */
export const staffMeetingListSchema = z.object({
  meetings: z.array(staffMeetingSchema),
  organizations: z.array(z.object({ id, name: z.string() })),
});

export const staffMeetingWriteSchema = z.strictObject({
  name: z.string().trim().min(3).max(300),
  organizationId: id.nullable(),
  start: instant,
  end: instant.nullable(),
  place: z.string().trim().max(300),
  cancelled: z.boolean(),
  /** `id` null for a new item; an existing item's id keeps it (and the chapters set on it). */
  agenda: z
    .array(
      z.strictObject({
        id: id.nullable(),
        number: z.string().trim().max(40).nullable(),
        name: z.string().trim().min(1).max(300),
      }),
    )
    .max(100),
});
export type StaffMeetingWrite = z.infer<typeof staffMeetingWriteSchema>;
