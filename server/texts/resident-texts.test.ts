// What the app writes to a resident, in all ten languages: every text is there and translated (no
// German left in another language), links and references survive, and the language of a request
// without an account is read from its Accept-Language.
import { describe, expect, it } from "vitest";
import { UI_LANGUAGES } from "../../src/lib/contract/languages";
import { residentMail } from "../mail/templates";
import { requestLanguage, type ResidentTexts, residentTexts } from "./resident-texts";

const LINK = "https://app.example/konto/postfach#token";

/** Every text of a language, keyed, with sample values. */
function textsOf(t: ResidentTexts): Record<string, string> {
  const facts = t.visitFacts({ when: "WHEN", location: "WHERE", title: "WHAT", reference: "T-REF" });
  const mails = {
    verifyEmail: t.verifyEmail(LINK),
    resetPassword: t.resetPassword(LINK),
    newPostboxMessage: t.newPostboxMessage(LINK),
    applicationQuestion: t.applicationQuestion(LINK),
    confirmBooking: t.confirmBooking(facts, LINK, "T-REF"),
    booked: t.booked(facts, LINK, "T-REF"),
    reminder: t.reminder(facts, LINK, "T-REF"),
    cancelledByOffice: t.cancelledByOffice(facts, "REASON", LINK, "T-REF"),
    accessibilityReceipt: t.accessibilityReceipt("BF-REF", "DATE"),
    consultationReceived: t.consultationReceived("W-REF", "TOPIC"),
    reportStatus: t.reportStatus("STATUS", "NOTE", LINK),
    reportStatusWithoutNote: t.reportStatus("STATUS", null, LINK),
    councilWeekly: t.councilWeekly("LIST", LINK),
  };
  return {
    signature: t.signature,
    ...Object.fromEntries(
      Object.entries(mails).flatMap(([key, mail]) => [
        [`${key}.subject`, mail.subject],
        [`${key}.text`, mail.text],
      ]),
    ),
    ...Object.fromEntries(Object.entries(t.consultationTopics).map(([key, text]) => [`topic.${key}`, text])),
    ...Object.fromEntries(
      Object.entries(t.push).flatMap(([key, push]) => [
        [`push.${key}.title`, push.title],
        [`push.${key}.body`, push.body],
      ]),
    ),
    "receipt.subject": t.receipt("A-REF", "TYPE").subject,
    "receipt.body": t.receipt("A-REF", "TYPE").body,
    "decision.subject": t.decision("A-REF", "TYPE", "partly").subject,
    "decision.body": t.decision("A-REF", "TYPE", "partly").body,
    "calendar.summary": t.calendar.summary("WHAT"),
    "calendar.reference": t.calendar.reference("T-REF"),
    "calendar.bring": t.calendar.bring,
    "calendar.persons2": t.calendar.persons("WHAT", 2),
    "calendar.persons5": t.calendar.persons("WHAT", 5),
  };
}

const german = textsOf(residentTexts("de"));

describe("what the app writes to a resident", () => {
  for (const language of UI_LANGUAGES.filter((l) => l !== "de" && l !== "de-x-ls")) {
    it(`is translated into ${language}: no text left as the German one`, () => {
      const texts = textsOf(residentTexts(language));
      expect(Object.keys(texts)).toEqual(Object.keys(german));
      const untranslated = Object.entries(texts).filter(([key, text]) => text === german[key]);
      expect(untranslated).toEqual([]);
      // The decision says in the reader's language that the German Bescheid is the binding one.
      expect(texts["decision.body"]).toMatch(/Bescheid/);
    });
  }

  for (const language of UI_LANGUAGES) {
    it(`keeps links, references and facts in ${language}`, () => {
      const texts = textsOf(residentTexts(language));
      for (const key of ["verifyEmail", "resetPassword", "newPostboxMessage", "applicationQuestion"]) {
        expect(texts[`${key}.text`], key).toContain(LINK);
      }
      for (const key of ["confirmBooking", "booked", "reminder", "cancelledByOffice"]) {
        expect(texts[`${key}.subject`], key).toContain("T-REF");
        expect(texts[`${key}.text`], key).toContain(LINK);
        expect(texts[`${key}.text`], key).toMatch(/WHEN[^]*WHERE[^]*WHAT[^]*T-REF/);
      }
      expect(texts["cancelledByOffice.text"]).toContain("REASON");
      expect(texts["accessibilityReceipt.text"]).toContain("DATE");
      expect(texts["consultationReceived.text"]).toContain("TOPIC");
      expect(texts["reportStatus.subject"]).toContain("STATUS");
      expect(texts["reportStatus.text"]).toMatch(/STATUS[^]*NOTE[^]*/);
      expect(texts["reportStatus.text"]).toContain(LINK);
      expect(texts["reportStatusWithoutNote.text"]).not.toMatch(/NOTE|null/);
      expect(texts["councilWeekly.text"]).toMatch(/LIST[^]*https:/);
      expect(texts["receipt.subject"]).toContain("A-REF");
      expect(texts["decision.subject"]).toContain("TYPE");
      expect(texts.signature?.startsWith("\n\n-- \n")).toBe(true);
    });
  }

  it("writes a Turkish mail in Turkish, signed in Turkish", () => {
    const mail = residentMail("ayse@example.org", "tr", (t) => t.newPostboxMessage(LINK));
    expect(mail.subject).toBe("Posta kutunuzda yeni mesaj");
    expect(mail.text).toContain("Delmenhorst Belediyesi'nden yeni bir mesaj var");
    expect(mail.text).toContain("Delmenhorst App – Delmenhorst Belediyesi");
  });

  it("reads German for a language it does not know (an old row, a typo)", () => {
    expect(residentTexts("fr")).toBe(residentTexts("de"));
    expect(residentTexts(null)).toBe(residentTexts("de"));
  });
});

describe("the language of a request without an account", () => {
  it("is the first supported entry of Accept-Language, German otherwise", () => {
    expect(requestLanguage("tr")).toBe("tr");
    expect(requestLanguage("de-x-ls")).toBe("de-x-ls");
    expect(requestLanguage("ar-SY,ar;q=0.9,de;q=0.5")).toBe("ar");
    expect(requestLanguage("fr-FR,uk;q=0.8,de;q=0.5")).toBe("uk");
    expect(requestLanguage("fr-FR,es;q=0.8")).toBe("de");
    expect(requestLanguage("*")).toBe("de");
    expect(requestLanguage(undefined)).toBe("de");
  });
});
