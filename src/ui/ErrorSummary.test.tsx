import { beforeAll, describe, expect, it } from "vitest";
import { ErrorSummary, summaryOf } from "./ErrorSummary";
import { attributesOf, html, useGermanTexts } from "./render-html";

beforeAll(useGermanTexts);

describe("the error summary", () => {
  it("is not there while nothing is wrong", () => {
    expect(html(() => <ErrorSummary items={[]} />)).toBe("");
  });

  it("is a focusable box with a heading, announced, that links every error to its field", () => {
    const markup = html(() => (
      <ErrorSummary
        items={[
          { fieldId: "sign-in-email", message: "account.validation.emailRequired" },
          { message: "Etwas anderes", values: {} },
        ]}
      />
    ));
    expect(markup).toMatch(/^<div class="error-summary" tabindex="-1"><div role="alert">/);
    expect(markup).toContain('<h2 class="error-summary-title">Bitte prüfen Sie Ihre Angaben</h2>');
    expect(markup).toMatch(/<li><a href="#sign-in-email">[^<]+<\/a><\/li>/);
    // An error without a field is said, not linked.
    expect(markup).toContain("<li>Etwas anderes</li>");
    expect(() => attributesOf(markup, "sign-in-email")).toThrow();
  });

  it("where the focus stays, is still announced and links its errors", () => {
    const markup = html(() => (
      <ErrorSummary keepFocus items={[{ fieldId: "check-in-reference", message: "Nummer fehlt" }]} />
    ));
    expect(markup).toMatch(/<div role="alert"><h2 class="error-summary-title">/);
    expect(markup).toContain('<a href="#check-in-reference">Nummer fehlt</a>');
  });

  it("lists the field errors in the order of the fields", () => {
    expect(summaryOf(["name", "email", "phone"], { phone: "p", name: "n" }, "profile")).toEqual([
      { fieldId: "profile-name", message: "n" },
      { fieldId: "profile-phone", message: "p" },
    ]);
  });
});
