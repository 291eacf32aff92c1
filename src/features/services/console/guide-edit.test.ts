import { describe, expect, it } from "vitest";
import { type Service, serviceSchema } from "../../../lib/contract/guide";
import { applyDraft, berlinDate, draftErrors, draftOf, isDirty } from "./guide-edit";

const text = (language: string) => ({
  title: `Personalausweis ${language}`,
  summary: `Summary text in ${language}`,
  description: `Description text in ${language}`,
  documents: ["Foto"],
  fees: ["Gebühr"],
  processingTime: "3 Wochen",
  keywords: ["Ausweis"],
});

const service: Service = serviceSchema.parse({
  id: "personalausweis",
  category: "identity",
  officeIds: ["buergerbuero"],
  online: "partly",
  appointment: "required",
  durationMinutes: 15,
  fees: [{ amount: 37 }],
  legalBasis: [],
  reviewedAt: "2025-01-01",
  sample: true,
  text: { de: text("de"), en: text("en") },
});

describe("guide editor", () => {
  it("changes only the edited texts and keeps the record valid for the sync feed", () => {
    const draft = draftOf(service);
    draft.de.title = "  Personalausweis beantragen ";
    if (!draft.en) throw new Error("the service has English");
    draft.en.description = "Apply for an identity card in person.";
    const saved = applyDraft(service, draft, new Date("2026-03-10T12:00:00Z"));

    expect(serviceSchema.safeParse(saved).success).toBe(true);
    expect(saved.text.de.title).toBe("Personalausweis beantragen");
    expect(saved.text.en?.description).toBe("Apply for an identity card in person.");
    expect(saved.text.de.documents).toEqual(["Foto"]);
    expect(saved.fees).toEqual(service.fees);
    expect(saved.reviewedAt).toBe("2026-03-10");
    expect(service.text.de.title).toBe("Personalausweis de");
  });

  it("counts the day in Delmenhorst, not in UTC", () => {
    expect(berlinDate(new Date("2026-03-10T23:30:00Z"))).toBe("2026-03-11");
  });

  it("names the fields the feed would refuse", () => {
    const draft = draftOf(service);
    expect(draftErrors(draft)).toEqual({});
    if (!draft.en) throw new Error("the service has English");
    draft.en.summary = "too short";
    draft.de.title = " ";
    expect(draftErrors(draft)).toEqual({
      "de.title": "services.console.errors.title",
      "en.summary": "services.console.errors.summary",
    });
  });

  it("knows whether anything changed", () => {
    const draft = draftOf(service);
    expect(isDirty(service, draft)).toBe(false);
    draft.de.summary = "Something else entirely";
    expect(isDirty(service, draft)).toBe(true);
  });

  it("edits German alone where a service has no English, and keeps the texts of other languages", () => {
    const { en: _english, ...german } = service.text;
    const turkish = { ...text("tr"), title: "Kimlik kartı başvurusu" };
    const withoutEnglish = serviceSchema.parse({ ...service, text: { ...german, tr: turkish } });
    const draft = draftOf(withoutEnglish);
    expect(draft.en).toBeUndefined();
    draft.de.title = "Personalausweis beantragen";
    const saved = applyDraft(withoutEnglish, draft, new Date("2026-03-10T12:00:00Z"));
    expect(serviceSchema.safeParse(saved).success).toBe(true);
    expect(saved.text.de.title).toBe("Personalausweis beantragen");
    expect(saved.text.en).toBeUndefined();
    expect(saved.text.tr).toEqual(turkish);
  });
});

describe("the guide's content model", () => {
  it("still reads a record stored by an older version (German and English only)", () => {
    expect(serviceSchema.safeParse(service).success).toBe(true);
  });

  it("takes any of the ten languages beside German, and refuses a record without German", () => {
    const { de: _german, ...others } = service.text;
    expect(serviceSchema.safeParse({ ...service, text: { de: text("de"), uk: text("uk") } }).success).toBe(
      true,
    );
    expect(serviceSchema.safeParse({ ...service, text: { ...others, tr: text("tr") } }).success).toBe(false);
    // Every language's fee labels match the fees.
    const badFees = { ...text("ro"), fees: [] };
    expect(serviceSchema.safeParse({ ...service, text: { ...service.text, ro: badFees } }).success).toBe(
      false,
    );
  });
});
