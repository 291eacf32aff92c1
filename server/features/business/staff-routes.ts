// /api/staff/business: the economic development agency (department "wirtschaft") and admins answer
// consultation requests and keep the directory of digital providers and the funding programmes.
// Providers and programmes live in the change feed: a save reaches residents with the next sync.
import type { Context } from "hono";
import {
  type DigitalProvider,
  digitalProviderSchema,
  FUNDING_COLLECTION,
  type FundingProgramme,
  fundingProgrammeSchema,
  fundingWriteSchema,
  PROVIDERS_COLLECTION,
  providerWriteSchema,
} from "../../../src/lib/contract/business";
import { berlinDate } from "../../../src/lib/contract/berlin-time";
import { z } from "../../../src/lib/contract/zod";
import type { Db } from "../../db/database";
import type { AppEnv } from "../../http/env";
import { ProblemError } from "../../http/problem";
import { createRouter } from "../../http/router";
import { requireStaff } from "../../http/session";
import { readJson } from "../../http/validate";
import { recordAudit } from "../audit/store";
import { deleteEntry, listEntries, upsertEntries } from "../sync/store";
import { listConsultations, markConsultationDone } from "./store";

export const BUSINESS_DEPARTMENT = "wirtschaft";

/** Lowercase slugs, as the contract's records have them (they appear in residents' data). */
const slugParam = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/);
const uuidParam = z.uuid();

const agency = (c: Context<AppEnv>) => requireStaff(c, [BUSINESS_DEPARTMENT]);

function slugOf(c: Context<AppEnv>): string {
  const id = slugParam.safeParse(c.req.param("id"));
  if (!id.success)
    throw new ProblemError(400, "validation_failed", undefined, [
      { path: "id", message: "lowercase letters, digits and hyphens, at most 64" },
    ]);
  return id.data;
}

async function findEntry<S extends z.ZodType>(db: Db, collection: string, id: string, schema: S) {
  const entry = (await listEntries(db, collection)).find((e) => e.id === id);
  // Stored data that does not fit the contract is our fault (500), not the request's.
  return entry ? schema.parse(entry.data) : undefined;
}

async function listOf<S extends z.ZodType>(db: Db, collection: string, schema: S): Promise<z.output<S>[]> {
  return (await listEntries(db, collection)).map((entry) => schema.parse(entry.data));
}

/**
 * "Open" is a promise to residents that they can apply today; a programme past its end or deadline
 * cannot make it (so nobody re-opens "Digital jetzt", which ended on 31 Dec 2023).
 */
function refuseOpenAfterEnd(programme: Omit<FundingProgramme, "id">, today: string): void {
  if (programme.status !== "open") return;
  const passed = [programme.endsOn, programme.deadline].some((day) => day !== null && day < today);
  if (passed)
    throw new ProblemError(400, "validation_failed", undefined, [
      { path: "status", message: "the end or the deadline has passed: the programme cannot be open" },
    ]);
}

export function staffBusinessRoutes() {
  const app = createRouter();

  app.get("/consultations", async (c) => {
    const actor = agency(c);
    const consultations = await listConsultations(c.var.db);
    await recordAudit(c.var.db, { actor, action: "business.consultations-read" });
    return c.json({ consultations }, 200);
  });

  app.post("/consultations/:id/done", async (c) => {
    const actor = agency(c);
    const id = uuidParam.safeParse(c.req.param("id"));
    const consultation = id.success ? await markConsultationDone(c.var.db, id.data) : undefined;
    if (!consultation) throw new ProblemError(404, "not_found");
    await recordAudit(c.var.db, { actor, action: "business.consultation-done", subjectId: consultation.id });
    return c.json(consultation, 200);
  });

  app.get("/providers", async (c) => {
    agency(c);
    return c.json({ providers: await listOf(c.var.db, PROVIDERS_COLLECTION, digitalProviderSchema) }, 200);
  });

  app.get("/providers/:id", async (c) => {
    agency(c);
    const provider = await findEntry(c.var.db, PROVIDERS_COLLECTION, slugOf(c), digitalProviderSchema);
    if (!provider) throw new ProblemError(404, "not_found");
    return c.json(provider, 200);
  });

  app.put("/providers/:id", async (c) => {
    agency(c);
    const id = slugOf(c);
    const write = await readJson(c.req, providerWriteSchema);
    const provider: DigitalProvider = { id, ...write };
    const existed = await findEntry(c.var.db, PROVIDERS_COLLECTION, id, digitalProviderSchema);
    await upsertEntries(c.var.db, PROVIDERS_COLLECTION, [{ id, data: provider }]);
    return c.json(provider, existed ? 200 : 201);
  });

  app.delete("/providers/:id", async (c) => {
    agency(c);
    if (!(await deleteEntry(c.var.db, PROVIDERS_COLLECTION, slugOf(c))))
      throw new ProblemError(404, "not_found");
    return c.body(null, 204);
  });

  app.get("/funding", async (c) => {
    agency(c);
    return c.json({ programmes: await listOf(c.var.db, FUNDING_COLLECTION, fundingProgrammeSchema) }, 200);
  });

  app.get("/funding/:id", async (c) => {
    agency(c);
    const programme = await findEntry(c.var.db, FUNDING_COLLECTION, slugOf(c), fundingProgrammeSchema);
    if (!programme) throw new ProblemError(404, "not_found");
    return c.json(programme, 200);
  });

  app.put("/funding/:id", async (c) => {
    agency(c);
    const id = slugOf(c);
    const write = await readJson(c.req, fundingWriteSchema);
    refuseOpenAfterEnd(write, berlinDate(Date.now()));
    const programme: FundingProgramme = { id, ...write };
    const existed = await findEntry(c.var.db, FUNDING_COLLECTION, id, fundingProgrammeSchema);
    await upsertEntries(c.var.db, FUNDING_COLLECTION, [{ id, data: programme }]);
    return c.json(programme, existed ? 200 : 201);
  });

  app.delete("/funding/:id", async (c) => {
    agency(c);
    if (!(await deleteEntry(c.var.db, FUNDING_COLLECTION, slugOf(c))))
      throw new ProblemError(404, "not_found");
    return c.body(null, 204);
  });

  return app;
}
