// The staff console's requests. Every answer is parsed with the contract's schemas; nothing is
// stored on the device: citizen data lives only in the memory of the page that shows it.
import { getJson, query, sendForm, sendJson } from "../../lib/api";
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
import { z } from "../../lib/contract/zod";

export const searchCitizens = (q: string, reason: string): Promise<CitizenSummary[]> =>
  getJson(`/api/staff/citizens?${query({ q, reason })}`, z.array(citizenSummarySchema));

export const fetchCitizen = (id: string, reason: string): Promise<CitizenDetail> =>
  getJson(`/api/staff/citizens/${encodeURIComponent(id)}?${query({ reason })}`, citizenDetailSchema);

export const confirmIdentity = (id: string, body: IdentityConfirmation): Promise<CitizenDetail> =>
  sendJson("POST", `/api/staff/citizens/${encodeURIComponent(id)}/identity`, body, citizenDetailSchema);

/** multipart/form-data: reason, kind, subject, body and the PDF as `attachment`. */
export const sendToPostbox = (id: string, form: FormData): Promise<SentMessage> =>
  sendForm(`/api/staff/citizens/${encodeURIComponent(id)}/messages`, form, sentMessageSchema);

export const fetchSentMessages = (): Promise<SentMessage[]> =>
  getJson("/api/staff/messages", z.array(sentMessageSchema));

export const fetchStaffAccounts = (): Promise<StaffAccount[]> =>
  getJson("/api/staff/accounts", z.array(staffAccountSchema));

export const createStaffAccount = (body: z.input<typeof staffCreateSchema>): Promise<StaffAccount> =>
  sendJson("POST", "/api/staff/accounts", body, staffAccountSchema);

export const updateStaffAccount = (
  id: string,
  body: z.input<typeof staffUpdateSchema>,
): Promise<StaffAccount> =>
  sendJson("PATCH", `/api/staff/accounts/${encodeURIComponent(id)}`, body, staffAccountSchema);

export type AuditFilter = { subject?: string; actor?: string; limit: number };

export const fetchAudit = (filter: AuditFilter): Promise<AuditEntry[]> =>
  getJson(`/api/staff/audit?${query(filter)}`, z.array(auditEntrySchema));
