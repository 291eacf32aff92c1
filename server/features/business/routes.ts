// /api/business: consultation requests to the economic development agency (dwfg), sent from the
// app's outbox; without an account they pay a proof of work (solved by the outbox when it sends).
// The directory of digital providers and the funding programmes reach residents by the change feed
// (collections "digital-providers" and "funding-programmes"), not by this router.
import type { Context } from "hono";
import { consultationWriteSchema } from "../../../src/lib/contract/business";
import { PROOF_OF_WORK_HEADER } from "../../../src/lib/contract/proof-of-work";
import { z } from "../../../src/lib/contract/zod";
import type { AppEnv } from "../../http/env";
import { idempotent } from "../../http/idempotency";
import { ProblemError } from "../../http/problem";
import { newChallenge, spendSolution } from "../../http/proof-of-work";
import { rateLimit } from "../../http/rate-limit";
import { createRouter } from "../../http/router";
import { parseInput, readJson } from "../../http/validate";
import type { Mail } from "../../mail/mailer";
import { consultationReceivedMail, mailLanguage } from "./mails";
import { insertConsultation } from "./store";

const HOUR = 60 * 60_000;
const CONSULTATIONS_PATH = "/api/business/consultations";
/** The outbox's Idempotency-Key, as server/http/idempotency.ts accepts it. */
const keyParam = z.string().regex(/^[A-Za-z0-9_-]{16,128}$/);
const receiptSchema = z.object({ id: z.string(), reference: z.string() });

export function businessRoutes() {
  const app = createRouter();
  // A company writes once or twice, not ten times an hour; a public terminal shares one address.
  const consultationLimit = rateLimit({ name: "business-consultations", windowMs: HOUR, max: 10 });
  const receiptLimit = rateLimit({ name: "business-receipts", windowMs: 10 * 60_000, max: 120 });
  const challengeLimit = rateLimit({ name: "business-challenge", windowMs: 10 * 60_000, max: 60 });

  app.get("/consultations/challenge", challengeLimit, async (c) => {
    return c.json(await newChallenge(c.var.db), 200);
  });

  // Sent from the outbox: c.var.db is the idempotency transaction, so a failed request leaves its
  // proof unspent, and a repeated one is answered from the store without a new proof.
  app.post("/consultations", consultationLimit, idempotent(), async (c) => {
    const write = await readJson(c.req, consultationWriteSchema);
    // Anyone may write, and the city then mails an address nobody confirmed: that costs work.
    if (!c.var.accountId) await spendSolution(c.var.db, c.req.header(PROOF_OF_WORK_HEADER));
    const consultation = await insertConsultation(c.var.db, write, c.var.accountId, new Date());
    // Not awaited: a slow mail server must not hold the transaction open; the request is stored,
    // and the app shows the reference itself.
    void sendMail(c, consultationReceivedMail(consultation, mailLanguage(c.req.header("accept-language"))));
    return c.json({ id: consultation.id, reference: consultation.reference }, 201);
  });

  // The outbox keeps no answers: the page asks for the one stored under its Idempotency-Key to show
  // the reference. Only who sent it (same account, or anonymous) with the random key finds it.
  app.get("/consultations/receipts/:key", receiptLimit, async (c) => {
    const key = parseInput(keyParam, c.req.param("key"));
    // The scope as idempotent() writes it (server/http/idempotency.ts); routes.test.ts checks both agree.
    const scope = `${c.var.accountId ?? "anonymous"} POST ${CONSULTATIONS_PATH}`;
    const stored = await c.var.db
      .selectFrom("idempotency_keys")
      .select(["status", "body"])
      .where("scope", "=", scope)
      .where("key", "=", key)
      .executeTakeFirst();
    if (!stored || stored.status !== 201) throw new ProblemError(404, "not_found");
    return c.json(receiptSchema.parse(JSON.parse(stored.body)), 200);
  });

  return app;
}

async function sendMail(c: Context<AppEnv>, mail: Mail): Promise<void> {
  try {
    await c.var.mailer.send(mail);
  } catch (error) {
    c.var.logger.error({ err: error }, "consultation confirmation not sent");
  }
}
