// A status change's mail: in the language the report was written in, with the status in that
// language's words, staff's public note and the report's page, and nothing the reporter wrote.
import { describe, expect, it } from "vitest";
import { UI_LANGUAGES } from "../../../src/lib/contract/languages";
import { reportStatusName } from "../push/reports-payload";
import { statusMail } from "./notify";
import type { ReportRow } from "./store";

const ORIGIN = "https://app.example";

function row(language: string, email: string | null = "anna@example.org"): ReportRow {
  const at = "2026-12-01T09:00:00.000Z";
  return {
    id: "r-1",
    category: "street-lighting",
    department: "bauamt",
    lat: 53.05,
    lon: 8.63,
    address: "Rathausplatz 1",
    description: "Die Laterne vor Hausnummer 3 flackert",
    reviewed: 0,
    email,
    account_id: null,
    secret_hash: "0".repeat(64),
    push_subscription_id: null,
    language,
    source: "app",
    status: "received",
    public_note: null,
    status_changed_at: at,
    support_count: 0,
    assignee_id: null,
    duplicate_of: null,
    reopened_at: null,
    reopen_reason: null,
    sample: 0,
    created_at: at,
    updated_at: at,
  };
}

describe("the mail of a report's new status", () => {
  for (const language of UI_LANGUAGES) {
    it(`is written in ${language}, names the status in ${language} and leaves out the report's text`, () => {
      const mail = statusMail(row(language), "in_progress", "Ein Techniker ist beauftragt.", ORIGIN);
      const status = reportStatusName(language, "in_progress");
      expect(mail?.to).toBe("anna@example.org");
      expect(mail?.subject).toContain(status);
      expect(mail?.text).toContain(status);
      expect(mail?.text).toContain("Ein Techniker ist beauftragt.");
      expect(mail?.text).toContain(`${ORIGIN}/meldungen/r-1`);
      expect(mail?.text).not.toContain("Laterne");
    });
  }

  it("differs between languages, and an unknown language reads German", () => {
    const subjects = UI_LANGUAGES.map((l) => statusMail(row(l), "done", null, ORIGIN)?.subject);
    expect(new Set(subjects).size).toBe(UI_LANGUAGES.length);
    expect(statusMail(row("fr"), "done", null, ORIGIN)).toEqual(statusMail(row("de"), "done", null, ORIGIN));
    expect(statusMail(row("tr"), "rejected", null, ORIGIN)?.subject).toBe("Bildiriminiz: reddedildi");
  });

  it("is not written without an address", () => {
    expect(statusMail(row("de", null), "done", null, ORIGIN)).toBeNull();
  });
});
