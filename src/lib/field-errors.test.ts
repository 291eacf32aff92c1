import { describe, expect, it } from "vitest";
import { citizenSearchSchema, identityConfirmationSchema } from "./contract/account";
import { fieldErrors, hasErrors } from "./field-errors";

describe("fieldErrors", () => {
  const searchMessages = { reason: "reason", q: "query" };

  it("names each failing field once, in the order of the form", () => {
    const errors = fieldErrors(citizenSearchSchema, { q: "a", reason: "abc" }, searchMessages);
    expect(Object.entries(errors)).toEqual([
      ["reason", "reason"],
      ["q", "query"],
    ]);
    expect(hasErrors(errors)).toBe(true);
  });

  it("passes a valid search: reason of at least five characters after trimming", () => {
    expect(
      fieldErrors(citizenSearchSchema, { q: "Mü", reason: "Termin Bürgerbüro" }, searchMessages),
    ).toEqual({});
    expect(fieldErrors(citizenSearchSchema, { q: "Mü", reason: "  abc  " }, searchMessages)).toEqual({
      reason: "reason",
    });
  });

  it("finds a postal code that is not five digits", () => {
    const input = {
      reason: "Termin Bürgerbüro",
      documentType: "personalausweis",
      givenName: "Erika",
      familyName: "Mustermann",
      birthDate: "1964-08-12",
      street: "Rathausplatz 1",
      postalCode: "2774",
      city: "Delmenhorst",
    };
    const messages = {
      reason: "r",
      documentType: "d",
      givenName: "g",
      familyName: "f",
      birthDate: "b",
      street: "s",
      postalCode: "p",
      city: "c",
    };
    expect(fieldErrors(identityConfirmationSchema, input, messages)).toEqual({ postalCode: "p" });
    expect(fieldErrors(identityConfirmationSchema, { ...input, postalCode: "27749" }, messages)).toEqual({});
  });
});
