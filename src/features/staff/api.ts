// The staff console's requests. Every answer is parsed with the contract's schemas; nothing is
// stored on the device: citizen data lives only in the memory of the page that shows it.
import {
  type AuditEntry,
  auditEntrySchema,
  type CitizenDetail,
  citizenDetailSchema,
  type CitizenSummary,
  citizenSummarySchema,
  type IdentityConfirmation,
  type SentMessage,
  sentMessageSchema,
  type StaffAccount,
  staffAccountSchema,
  type staffCreateSchema,
  type staffUpdateSchema,
} from "../../lib/contract/account";
import {
  type ClosureRequest,
  closureResultSchema,
  type DayView,
  dayViewSchema,
  staffAppointmentSchema,
} from "../../lib/contract/appointments";
import {
  type Decide,
  type InboxView,
  type StaffApplication,
  staffApplicationSchema,
  type StaffApplicationSummary,
  staffApplicationSummarySchema,
} from "../../lib/contract/applications";
import type { Service } from "../../lib/contract/guide";
import { z } from "../../lib/contract/zod";
import { send } from "../../lib/http";
import { saveBlob } from "../../lib/download";

// no-store: personal data must not land in the browser's HTTP cache either.
const READ: RequestInit = { headers: { Accept: "application/json" }, cache: "no-store" };

async function read<T>(url: string, schema: z.ZodType<T>): Promise<T> {
  const response = await send(fetch, url, READ);
  return schema.parse(await response.json());
}

async function write<T>(method: "POST" | "PUT" | "PATCH", url: string, body: unknown, schema: z.ZodType<T>) {
  const response = await send(fetch, url, {
    method,
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify(body),
    cache: "no-store",
  });
  return schema.parse(await response.json());
}

const query = (params: Record<string, string | number | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) search.set(key, String(value));
  return search.toString();
};

export const searchCitizens = (q: string, reason: string): Promise<CitizenSummary[]> =>
  read(`/api/staff/citizens?${query({ q, reason })}`, z.array(citizenSummarySchema));

export const fetchCitizen = (id: string, reason: string): Promise<CitizenDetail> =>
  read(`/api/staff/citizens/${encodeURIComponent(id)}?${query({ reason })}`, citizenDetailSchema);

export const confirmIdentity = (id: string, body: IdentityConfirmation): Promise<CitizenDetail> =>
  write("POST", `/api/staff/citizens/${encodeURIComponent(id)}/identity`, body, citizenDetailSchema);

/** multipart/form-data: reason, kind, subject, body and the PDF as `attachment`. */
export async function sendToPostbox(id: string, form: FormData): Promise<SentMessage> {
  const response = await send(fetch, `/api/staff/citizens/${encodeURIComponent(id)}/messages`, {
    method: "POST",
    headers: { Accept: "application/json" },
    body: form,
  });
  return sentMessageSchema.parse(await response.json());
}

export const fetchSentMessages = (): Promise<SentMessage[]> =>
  read("/api/staff/messages", z.array(sentMessageSchema));

export const fetchStaffAccounts = (): Promise<StaffAccount[]> =>
  read("/api/staff/accounts", z.array(staffAccountSchema));

export const createStaffAccount = (body: z.input<typeof staffCreateSchema>): Promise<StaffAccount> =>
  write("POST", "/api/staff/accounts", body, staffAccountSchema);

export const updateStaffAccount = (
  id: string,
  body: z.input<typeof staffUpdateSchema>,
): Promise<StaffAccount> =>
  write("PATCH", `/api/staff/accounts/${encodeURIComponent(id)}`, body, staffAccountSchema);

export type AuditFilter = { subject?: string; actor?: string; limit: number };

export const fetchAudit = (filter: AuditFilter): Promise<AuditEntry[]> =>
  read(`/api/staff/audit?${query(filter)}`, z.array(auditEntrySchema));

/** The server answers with the record it stored; the sync feed brings it to every device. */
export const saveService = (service: Service): Promise<unknown> =>
  write("PUT", `/api/staff/guide/services/${encodeURIComponent(service.id)}`, service, z.unknown());

// ---- Appointments: the day view of an office's calendar ----

const appointmentResult = z.object({ appointment: staffAppointmentSchema });

export const fetchDayView = (office: string, date: string): Promise<DayView> =>
  read(`/api/staff/appointments?${query({ office, date })}`, dayViewSchema);

/** `reference` as the scanner typed it; the server reads it case-insensitively. */
export const checkIn = async (reference: string) =>
  (await write("POST", "/api/staff/appointments/check-in", { reference }, appointmentResult)).appointment;

export const markNoShow = async (id: string) =>
  (await write("POST", `/api/staff/appointments/${encodeURIComponent(id)}/no-show`, {}, appointmentResult))
    .appointment;

export const createClosure = (body: ClosureRequest) =>
  write("POST", "/api/staff/appointments/closures", body, closureResultSchema);

/** With an empty JSON body: the server refuses a body-less DELETE as of unknown media type (415). */
export async function deleteClosure(id: string): Promise<void> {
  await send(fetch, `/api/staff/appointments/closures/${encodeURIComponent(id)}`, {
    method: "DELETE",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: "{}",
    cache: "no-store",
  });
}

// ---- Online applications: the department's inbox ----

const applicationUrl = (id: string) => `/api/staff/applications/${encodeURIComponent(id)}`;

export const fetchApplications = (view: InboxView): Promise<StaffApplicationSummary[]> =>
  read(`/api/staff/applications?${query({ view })}`, z.array(staffApplicationSummarySchema));

export const fetchApplication = (id: string): Promise<StaffApplication> =>
  read(applicationUrl(id), staffApplicationSchema);

export const claimApplication = (id: string): Promise<StaffApplication> =>
  write("POST", `${applicationUrl(id)}/claim`, {}, staffApplicationSchema);

export const askQuestion = (id: string, text: string): Promise<StaffApplication> =>
  write("POST", `${applicationUrl(id)}/questions`, { text }, staffApplicationSchema);

export const decideApplication = (id: string, body: Decide): Promise<StaffApplication> =>
  write("POST", `${applicationUrl(id)}/decision`, body, staffApplicationSchema);

/** A download straight to the browser: nothing of the file stays in the page or the device's caches. */
async function download(url: string, name: string): Promise<void> {
  const response = await send(fetch, url, { cache: "no-store" });
  saveBlob(await response.blob(), name);
}

export const downloadApplicationFile = (id: string, file: { id: string; name: string }) =>
  download(`${applicationUrl(id)}/files/${encodeURIComponent(file.id)}`, file.name);

/** The whole application as JSON, e.g. for a specialised procedure's software (Fachverfahren). */
export const exportApplication = (id: string, reference: string) =>
  download(`${applicationUrl(id)}/export`, `antrag-${reference}.json`);
