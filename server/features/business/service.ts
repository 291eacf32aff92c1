// Rules of the agency's work: who pays a proof of work for a request, who finds a receipt, and
// which providers and programmes may be saved (kept in the change feed, reaching residents by sync).
import {
  type Consultation,
  consultationReceiptSchema,
  type ConsultationWrite,
  type DigitalProvider,
  digitalProviderSchema,
  FUNDING_COLLECTION,
  type FundingProgramme,
  fundingProgrammeSchema,
  PROVIDERS_COLLECTION,
} from "../../../src/lib/contract/business";
import { berlinDate } from "../../../src/lib/contract/berlin-time";
import type { z } from "../../../src/lib/contract/zod";
import type { Db } from "../../db/database";
import { ProblemError } from "../../http/problem";
import { spendSolution } from "../../http/proof-of-work";
import type { SignedInAccount } from "../../http/env";
import { recordAudit } from "../../platform/audit/store";
import { answerScope, findStoredAnswer } from "../../platform/idempotency/store";
import { deleteEntry, listEntries, upsertEntries } from "../../platform/sync/store";
import { insertConsultation, listConsultations, markConsultationDone } from "./store";

export const BUSINESS_DEPARTMENT = "wirtschaft";
export const CONSULTATIONS_PATH = "/api/business/consultations";

// ---- Consultation requests ----

/** Anyone may write, and the city then mails an address nobody confirmed: without an account that costs work. */
export async function submitConsultation(
  db: Db,
  write: ConsultationWrite,
  accountId: string | null,
  proof: string | undefined,
): Promise<Consultation> {
  if (!accountId) await spendSolution(db, proof);
  return insertConsultation(db, write, accountId, new Date());
}

/** Only who sent it (same account, or anonymous) with the random key finds the receipt. */
export async function consultationReceipt(db: Db, accountId: string | null, key: string) {
  // The answer idempotent() stored (the outbox keeps none of its own); only a success is a receipt.
  const stored = await findStoredAnswer(db, answerScope(accountId, "POST", CONSULTATIONS_PATH), key);
  if (stored?.status !== 201) throw new ProblemError(404, "not_found");
  return consultationReceiptSchema.parse(JSON.parse(stored.body));
}

/** Requests name people: reading them is recorded. */
export async function readConsultations(db: Db, actor: SignedInAccount): Promise<Consultation[]> {
  const consultations = await listConsultations(db);
  await recordAudit(db, { actor, action: "business.consultations-read" });
  return consultations;
}

export async function markDone(db: Db, actor: SignedInAccount, id: string): Promise<Consultation> {
  const consultation = await markConsultationDone(db, id);
  if (!consultation) throw new ProblemError(404, "not_found");
  await recordAudit(db, { actor, action: "business.consultation-done", subjectId: consultation.id });
  return consultation;
}

// ---- Providers and programmes (change feed entries) ----

async function findEntry<S extends z.ZodType>(db: Db, collection: string, id: string, schema: S) {
  const entry = (await listEntries(db, collection)).find((e) => e.id === id);
  // Stored data that does not fit the contract is our fault (500), not the request's.
  return entry ? schema.parse(entry.data) : undefined;
}

async function listOf<S extends z.ZodType>(db: Db, collection: string, schema: S): Promise<z.output<S>[]> {
  return (await listEntries(db, collection)).map((entry) => schema.parse(entry.data));
}

async function found<T>(entry: Promise<T | undefined>): Promise<T> {
  const value = await entry;
  if (value === undefined) throw new ProblemError(404, "not_found");
  return value;
}

/** Saves the record under its id; `created` tells a new one from a replaced one. */
async function save<T extends { id: string }>(db: Db, collection: string, record: T, schema: z.ZodType) {
  const existed = await findEntry(db, collection, record.id, schema);
  await upsertEntries(db, collection, [{ id: record.id, data: record }]);
  return { record, created: existed === undefined };
}

async function remove(db: Db, collection: string, id: string): Promise<void> {
  if (!(await deleteEntry(db, collection, id))) throw new ProblemError(404, "not_found");
}

export const listProviders = (db: Db) => listOf(db, PROVIDERS_COLLECTION, digitalProviderSchema);
export const findProvider = (db: Db, id: string) =>
  found(findEntry(db, PROVIDERS_COLLECTION, id, digitalProviderSchema));
export const saveProvider = (db: Db, provider: DigitalProvider) =>
  save(db, PROVIDERS_COLLECTION, provider, digitalProviderSchema);
export const removeProvider = (db: Db, id: string) => remove(db, PROVIDERS_COLLECTION, id);

export const listProgrammes = (db: Db) => listOf(db, FUNDING_COLLECTION, fundingProgrammeSchema);
export const findProgramme = (db: Db, id: string) =>
  found(findEntry(db, FUNDING_COLLECTION, id, fundingProgrammeSchema));
export const removeProgramme = (db: Db, id: string) => remove(db, FUNDING_COLLECTION, id);

/**
 * "Open" is a promise to residents that they can apply today; a programme past its end or deadline
 * cannot make it (so nobody re-opens "Digital jetzt", which ended on 31 Dec 2023).
 */
export async function saveProgramme(db: Db, programme: FundingProgramme) {
  const today = berlinDate(Date.now());
  const passed = [programme.endsOn, programme.deadline].some((day) => day !== null && day < today);
  if (programme.status === "open" && passed)
    throw new ProblemError(400, "validation_failed", undefined, [
      { path: "status", message: "the end or the deadline has passed: the programme cannot be open" },
    ]);
  return save(db, FUNDING_COLLECTION, programme, fundingProgrammeSchema);
}
