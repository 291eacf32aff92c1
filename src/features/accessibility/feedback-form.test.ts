import { describe, expect, it } from "vitest";
import { checkFeedback, feedbackWrite } from "./feedback-form";

const form = { message: "Die Karte geht nicht mit der Tastatur.", page: "", name: "", email: "" };

describe("the feedback form's check", () => {
  it("sends only what was filled in, trimmed", () => {
    expect(feedbackWrite({ ...form, page: " /karte ", name: "  " })).toEqual({
      message: form.message,
      page: "/karte",
    });
    expect(checkFeedback(form)).toEqual({});
  });

  it("names each field at fault, in the order of the form", () => {
    const errors = checkFeedback({ message: " ", page: "karte", name: "", email: "kein-at" });
    expect(Object.keys(errors)).toEqual(["message", "page", "email"]);
    expect(errors.email).toBe("accessibility.feedback.errors.email");
    expect(checkFeedback({ ...form, message: "x".repeat(5001) })).toEqual({
      message: "accessibility.feedback.errors.message",
    });
  });
});
