// City notices (road closure, school closure, water supply …): published by staff, carried in the
// same Warning model as NINA's, so they reach the same list and the same push subscribers.
import { createHash, randomUUID } from "node:crypto";
import {
  type CityNotice,
  DELMENHORST_ARS,
  type Warning,
  type WarningText,
} from "../../../src/lib/contract/warnings";
import type { Db } from "../../db/database";
import { inTransaction } from "../../db/database";
import { ProblemError } from "../../http/problem";
import { findWarning, saveWarningState } from "./store";

export const CITY_SENDER = "Stadt Delmenhorst";
export const CITY_PREFIX = "city.";

/** A notice's hash covers what residents see, so any change of content is a new state. */
type NoticeContent = Omit<Warning, "hash" | "fetchedAt" | "sent" | "version" | "withdrawnAt" | "area">;

function contentHash(warning: NoticeContent): string {
  const { msgType, references, severity, texts, areas, onset, expires, noticeKind } = warning;
  const content = { msgType, references, severity, texts, areas, onset, expires, noticeKind };
  return createHash("sha256").update(JSON.stringify(content)).digest("hex");
}

export function cityNoticeWarning(
  notice: CityNotice,
  at: Date,
  id = `${CITY_PREFIX}${randomUUID()}`,
): Warning {
  const text = (headline: string, description: string, instruction: string | null): WarningText => ({
    headline,
    event: null,
    // Staff type plain text; escaped here because the contract's description is HTML.
    description: escapeHtml(description).replace(/\r?\n/g, "<br />"),
    instruction: instruction ? escapeHtml(instruction).replace(/\r?\n/g, "<br />") : null,
    contact: null,
    web: null,
  });
  const de = text(notice.headline, notice.description, notice.instruction);
  const en = notice.english
    ? text(notice.english.headline, notice.english.description, notice.english.instruction)
    : null;
  const texts: Warning["texts"] = en ? { de, en } : { de };
  const content: NoticeContent = {
    id,
    provider: "city",
    msgType: "Alert",
    references: [],
    severity: notice.severity,
    urgency: null,
    certainty: null,
    eventCode: null,
    sender: CITY_SENDER,
    onset: notice.onset,
    expires: notice.expires,
    texts,
    areas: [notice.area],
    regions: [DELMENHORST_ARS],
    noticeKind: notice.kind,
  };
  const sent = at.toISOString();
  return {
    ...content,
    version: 1,
    hash: contentHash(content),
    sent,
    fetchedAt: sent,
    withdrawnAt: null,
    area: null,
  };
}

export async function publishCityNotice(db: Db, notice: CityNotice, at = new Date()): Promise<Warning> {
  const warning = cityNoticeWarning(notice, at);
  await saveWarningState(db, warning);
  return warning;
}

/**
 * Ends a notice: a Cancel state (CAP 1.2 msgType Cancel, referring to the notice) that devices show as
 * ended and that subscribers get as the all-clear. Its expiry moves to now unless it was earlier.
 */
export async function endCityNotice(db: Db, id: string, at = new Date()): Promise<Warning> {
  return inTransaction(db, async (trx) => {
    const current = id.startsWith(CITY_PREFIX) ? await findWarning(trx, id) : null;
    if (!current || current.provider !== "city") throw new ProblemError(404, "not_found");
    if (current.msgType === "Cancel")
      throw new ProblemError(409, "conflict", "This notice has ended already");
    const sent = at.toISOString();
    const expires = current.expires && Date.parse(current.expires) < at.getTime() ? current.expires : sent;
    const content = { ...current, msgType: "Cancel" as const, references: [id], expires };
    const cancel: Warning = {
      ...content,
      version: current.version + 1,
      hash: contentHash(content),
      sent,
      fetchedAt: sent,
    };
    await saveWarningState(trx, cancel);
    return cancel;
  });
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
