import { describe, expect, it } from "vitest";
import {
  checkConsultation,
  type ConsultationForm,
  emptyConsultation,
  formOfWrite,
  topicOf,
} from "./consultation-form";

const filled = (overrides: Partial<ConsultationForm> = {}): ConsultationForm => ({
  name: "Erika Musterfrau",
  company: "Musterfrau Feinkost",
  email: "erika@example.org",
  phone: "",
  topic: "funding",
  message: "Welche Förderung gibt es für unseren Online-Shop?",
  consent: true,
  ...overrides,
});

describe("checkConsultation", () => {
  it("turns a filled form into the write the outbox sends (no phone: null)", () => {
    expect(checkConsultation(filled())).toEqual({
      ok: true,
      write: {
        name: "Erika Musterfrau",
        company: "Musterfrau Feinkost",
        email: "erika@example.org",
        phone: null,
        topic: "funding",
        message: "Welche Förderung gibt es für unseren Online-Shop?",
        consent: true,
      },
    });
  });

  it("names every field at fault with its own text, consent included", () => {
    expect(checkConsultation(emptyConsultation())).toEqual({
      ok: false,
      errors: {
        name: "business.consultation.errors.name",
        company: "business.consultation.errors.company",
        email: "business.consultation.errors.email",
        topic: "business.consultation.errors.topic",
        message: "business.consultation.errors.message",
        consent: "business.consultation.errors.consent",
      },
    });
    expect(checkConsultation(filled({ phone: "call me" }))).toEqual({
      ok: false,
      errors: { phone: "business.consultation.errors.phone" },
    });
  });
});

describe("formOfWrite and topicOf", () => {
  it("puts a refused request back into the form, field by field", () => {
    const write = checkConsultation(filled({ phone: "04221 12345" }));
    if (!write.ok) throw new Error("the filled form should pass");
    expect(formOfWrite(write.write)).toEqual(filled({ phone: "04221 12345" }));
    expect(formOfWrite({ name: "Erika", topic: "lottery", consent: "yes" })).toEqual({
      ...emptyConsultation(),
      name: "Erika",
    });
    expect(formOfWrite(null)).toEqual(emptyConsultation());
  });

  it("takes a topic from a link only when the contract has it", () => {
    expect(topicOf("funding")).toBe("funding");
    expect(topicOf("lottery")).toBe("");
    expect(topicOf(undefined)).toBe("");
  });
});
