import { describe, expect, it } from "vitest";
import { type Service, serviceSchema } from "../../../lib/contract/guide";
import {
  addTranslation,
  applyDraft,
  berlinDate,
  discardTranslation,
  draftErrors,
  draftLanguages,
  draftOf,
  EDITED_LANGUAGES,
  isDirty,
  languagesWithErrors,
} from "./guide-edit";

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

describe("translations in the guide editor", () => {
  it("edits every one of the ten languages", () => {
    expect([...EDITED_LANGUAGES].sort()).toEqual(
      ["ar", "bg", "de", "de-x-ls", "en", "pl", "ro", "ru", "tr", "uk"].sort(),
    );
  });

  it("adds a Turkish translation, empty with one label per fee, that the feed takes once filled in", () => {
    const withFees = serviceSchema.parse({
      ...service,
      fees: [{ amount: 37 }, { amount: 22.8, maxAmount: 37 }],
      text: {
        de: { ...text("de"), fees: ["Gebühr", "Ermäßigt"] },
        en: { ...text("en"), fees: ["Fee", "Reduced"] },
      },
    });
    const draft = addTranslation(draftOf(withFees), "tr", withFees);
    expect(draftLanguages(draft)).toEqual(["de", "en", "tr"]);
    expect(draft.tr).toEqual({
      title: "",
      summary: "",
      description: "",
      processingTime: "",
      documents: "",
      keywords: "",
      fees: ["", ""],
    });
    expect(isDirty(withFees, draft)).toBe(true);

    const errors = draftErrors(draft, withFees);
    expect(errors).toEqual({
      "tr.title": "services.console.errors.title",
      "tr.summary": "services.console.errors.summary",
      "tr.description": "services.console.errors.description",
      "tr.processingTime": "staff.guide.errors.processingTime",
      "tr.documents": "staff.guide.errors.documentsMissing",
      "tr.fees.0": "staff.guide.errors.fee",
      "tr.fees.1": "staff.guide.errors.fee",
    });
    expect(languagesWithErrors(errors)).toEqual(["tr"]);

    draft.tr = {
      title: " Kimlik kartı başvurusu ",
      summary: "Kimlik kartınızı vatandaşlık bürosunda başvurun.",
      description: "Kimlik kartı şahsen başvurulur ve yaklaşık üç hafta sonra hazırdır.",
      processingTime: "yaklaşık 3 hafta",
      documents: "Biyometrik fotoğraf\n\n  Eski kimlik kartı  ",
      keywords: "kimlik\nperso",
      fees: ["Ücret", "İndirimli ücret"],
    };
    expect(draftErrors(draft, withFees)).toEqual({});
    const saved = applyDraft(withFees, draft, new Date("2026-03-10T12:00:00Z"));
    expect(serviceSchema.safeParse(saved).success).toBe(true);
    expect(saved.text.tr).toEqual({
      title: "Kimlik kartı başvurusu",
      summary: "Kimlik kartınızı vatandaşlık bürosunda başvurun.",
      description: "Kimlik kartı şahsen başvurulur ve yaklaşık üç hafta sonra hazırdır.",
      processingTime: "yaklaşık 3 hafta",
      documents: ["Biyometrik fotoğraf", "Eski kimlik kartı"],
      keywords: ["kimlik", "perso"],
      fees: ["Ücret", "İndirimli ücret"],
    });
    expect(saved.text.de).toEqual(withFees.text.de);
    expect(saved.text.en).toEqual(withFees.text.en);
  });

  it("checks each fee label in every language, and their number against the service's fees", () => {
    const draft = draftOf(service);
    if (!draft.en) throw new Error("the service has English");
    draft.en.fees = [" x "];
    expect(draftErrors(draft, service)).toEqual({ "en.fees.0": "staff.guide.errors.fee" });
    draft.en.fees = ["Fee", "Another fee"];
    expect(draftErrors(draft, service)).toEqual({ "en.fees": "staff.guide.errors.feeCount" });
    // The same count as the service is what serviceSchema demands too.
    expect(serviceSchema.safeParse(applyDraft(service, draft, new Date())).success).toBe(false);
  });

  it("keeps a list entry of one letter out, as the feed would refuse it", () => {
    const draft = draftOf(service);
    draft.de.keywords = "Ausweis\nP";
    draft.de.documents = "Foto\nX";
    expect(draftErrors(draft)).toEqual({
      "de.keywords": "staff.guide.errors.keywords",
      "de.documents": "staff.guide.errors.documents",
    });
  });

  it("discards only a translation added in the draft, never German or a stored one", () => {
    const added = addTranslation(draftOf(service), "ar", service);
    expect(draftLanguages(discardTranslation(added, "ar", service))).toEqual(["de", "en"]);
    expect(isDirty(service, discardTranslation(added, "ar", service))).toBe(false);
    expect(draftLanguages(discardTranslation(added, "en", service))).toEqual(["de", "en", "ar"]);
    expect(discardTranslation(added, "de", service).de).toEqual(added.de);
  });

  it("edits a stored Ukrainian text and leaves the other languages as they are", () => {
    const ukrainian = { ...text("uk"), title: "Посвідчення особи" };
    const withUkrainian = serviceSchema.parse({ ...service, text: { ...service.text, uk: ukrainian } });
    const draft = draftOf(withUkrainian);
    draft.uk!.title = "Оформлення посвідчення особи";
    const saved = applyDraft(withUkrainian, draft, new Date("2026-03-10T12:00:00Z"));
    expect(saved.text.uk).toEqual({ ...ukrainian, title: "Оформлення посвідчення особи" });
    expect(saved.text.de).toEqual(service.text.de);
    expect(saved.text.en).toEqual(service.text.en);
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
