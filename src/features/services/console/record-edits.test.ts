// The office and life-situation editors' pure parts (issue 20): drafts per language, German
// required, optional fields, the record written back and a life situation's services.
import { describe, expect, it } from "vitest";
import {
  type LifeSituation,
  lifeSituationSchema,
  lifeSituationTextSchema,
  type Office,
  officeSchema,
  officeTextSchema,
} from "../../../lib/contract/guide";
import { languagesWithErrors } from "./guide-edit";
import {
  OFFICE_FIELDS,
  officeWithTexts,
  serviceErrors,
  SITUATION_FIELDS,
  situationWith,
} from "./record-edits";
import {
  addLanguage,
  discardLanguage,
  draftedLanguages,
  keepOrder,
  moveServiceUp,
  textDraftErrors,
  textDraftsOf,
  textsChanged,
} from "./text-drafts";

const office: Office = officeSchema.parse({
  id: "buergerbuero",
  address: { street: "Rathausplatz 1", postalCode: "27749", city: "Delmenhorst" },
  geo: { lat: 53.05, lon: 8.63 },
  openingHours: "Mo-Fr 08:00-12:00",
  phone: "04221 99-0",
  email: "buergerbuero@delmenhorst.de",
  accessibility: { wheelchair: "yes", accessibleToilet: true, hearingLoop: true, disabledParking: true },
  reviewedAt: "2025-01-01",
  sample: true,
  text: {
    de: {
      name: "Bürgerbüro",
      description: "Ihre erste Anlaufstelle im Rathaus.",
      accessibilityNote: "Aufzug",
    },
    uk: { name: "Бюро громадян", description: "Ваше перше місце звернення в ратуші." },
  },
});

const situation: LifeSituation = lifeSituationSchema.parse({
  id: "umzug",
  serviceIds: ["anmeldung", "personalausweis"],
  reviewedAt: "2025-01-01",
  sample: true,
  text: { de: { title: "Umzug", summary: "Was nach einem Umzug zu tun ist." } },
});

describe("office editor", () => {
  it("holds every language the office has, the optional note empty where missing", () => {
    const drafts = textDraftsOf(office.text, OFFICE_FIELDS);
    expect(draftedLanguages(drafts)).toEqual(["de", "uk"]);
    expect(drafts.uk).toEqual({
      name: "Бюро громадян",
      description: "Ваше перше місце звернення в ратуші.",
      accessibilityNote: "",
    });
    expect(textsChanged(office.text, drafts, OFFICE_FIELDS)).toBe(false);
  });

  it("adds a Turkish translation empty, checks it and writes it without touching the rest", () => {
    const added = addLanguage(textDraftsOf(office.text, OFFICE_FIELDS), "tr", OFFICE_FIELDS);
    expect(added.tr).toEqual({ name: "", description: "", accessibilityNote: "" });
    expect(textsChanged(office.text, added, OFFICE_FIELDS)).toBe(true);
    const errors = textDraftErrors(added, OFFICE_FIELDS, officeTextSchema);
    // An empty optional note is no error; name and description are.
    expect(errors).toEqual({
      "tr.name": "staff.guide.errors.name",
      "tr.description": "services.console.errors.description",
    });
    expect(languagesWithErrors(errors)).toEqual(["tr"]);

    const filled = {
      ...added,
      tr: {
        name: " Vatandaş Bürosu ",
        description: "Rathaus'taki ilk başvuru noktanız.",
        accessibilityNote: " ",
      },
    };
    expect(textDraftErrors(filled, OFFICE_FIELDS, officeTextSchema)).toEqual({});
    const saved = officeWithTexts(office, filled, new Date("2026-12-06T23:30:00Z"));
    expect(saved.text.tr).toEqual({
      name: "Vatandaş Bürosu",
      description: "Rathaus'taki ilk başvuru noktanız.",
    });
    expect(saved.text.uk).toEqual(office.text.uk);
    expect(saved.text.de).toEqual(office.text.de);
    expect(saved.address).toEqual(office.address);
    // The day in Delmenhorst, not UTC's.
    expect(saved.reviewedAt).toBe("2026-12-07");
  });

  it("keeps German required and removes an emptied German note", () => {
    const drafts = textDraftsOf(office.text, OFFICE_FIELDS);
    const noName = { ...drafts, de: { ...drafts.de, name: " " } };
    expect(textDraftErrors(noName, OFFICE_FIELDS, officeTextSchema)).toEqual({
      "de.name": "staff.guide.errors.name",
    });
    const noNote = { ...drafts, de: { ...drafts.de, accessibilityNote: "" } };
    expect(officeWithTexts(office, noNote, new Date()).text.de).toEqual({
      name: "Bürgerbüro",
      description: "Ihre erste Anlaufstelle im Rathaus.",
    });
  });

  it("discards only a translation added in this draft", () => {
    const drafts = addLanguage(textDraftsOf(office.text, OFFICE_FIELDS), "ar", OFFICE_FIELDS);
    expect(draftedLanguages(discardLanguage(drafts, "ar", office.text))).toEqual(["de", "uk"]);
    expect(draftedLanguages(discardLanguage(drafts, "uk", office.text))).toEqual(["de", "ar", "uk"]);
    expect(draftedLanguages(discardLanguage(drafts, "de", office.text))).toEqual(["de", "ar", "uk"]);
  });
});

describe("life-situation editor", () => {
  it("writes the texts and the services in the order set", () => {
    const drafts = addLanguage(textDraftsOf(situation.text, SITUATION_FIELDS), "ar", SITUATION_FIELDS);
    expect(textDraftErrors(drafts, SITUATION_FIELDS, lifeSituationTextSchema)).toEqual({
      "ar.title": "services.console.errors.title",
      "ar.summary": "services.console.errors.summary",
    });
    const filled = { ...drafts, ar: { title: "الانتقال", summary: "ما يجب فعله بعد الانتقال." } };
    const saved = situationWith(
      situation,
      filled,
      ["personalausweis", "anmeldung"],
      new Date("2026-12-07T10:00:00Z"),
    );
    expect(saved.text.ar).toEqual({ title: "الانتقال", summary: "ما يجب فعله بعد الانتقال." });
    expect(saved.serviceIds).toEqual(["personalausweis", "anmeldung"]);
    expect(saved.reviewedAt).toBe("2026-12-07");
    expect(() => situationWith(situation, filled, [], new Date())).toThrow();
  });

  it("keeps the admin's order of services when boxes are ticked and moved", () => {
    expect(keepOrder(["b", "a"], ["a", "b", "c"])).toEqual(["b", "a", "c"]);
    expect(keepOrder(["b", "a", "c"], ["a", "c"])).toEqual(["a", "c"]);
    expect(moveServiceUp(["a", "b", "c"], "c")).toEqual(["a", "c", "b"]);
    expect(moveServiceUp(["a", "b"], "a")).toEqual(["a", "b"]);
    expect(moveServiceUp(["a", "b"], "x")).toEqual(["a", "b"]);
  });

  it("needs at least one service, each still in the guide", () => {
    const known = new Set(["anmeldung", "personalausweis"]);
    expect(serviceErrors(["anmeldung"], known)).toEqual({});
    expect(serviceErrors([], known)).toEqual({ services: "staff.guide.errors.services" });
    expect(serviceErrors(["anmeldung", "weg"], known)).toEqual({
      services: "staff.guide.errors.unknownService",
    });
  });
});
