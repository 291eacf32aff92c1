import { describe, expect, it } from "vitest";
import { citizenSearchSchema, FILE_MAX_BYTES, identityConfirmationSchema } from "../../lib/contract/account";
import { attachmentError, departmentError, fieldErrors, hasErrors } from "./validation";

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

describe("attachmentError", () => {
  const pdf = { type: "application/pdf", size: 1000 };

  it("requires the PDF for a decision only", () => {
    expect(attachmentError("decision", undefined)).toBe("staff.message.errors.attachmentRequired");
    expect(attachmentError("message", undefined)).toBeUndefined();
    expect(attachmentError("decision", pdf)).toBeUndefined();
  });

  it("refuses other types, empty and oversized files", () => {
    expect(attachmentError("message", { type: "image/png", size: 10 })).toBe(
      "staff.message.errors.attachmentType",
    );
    expect(attachmentError("message", { ...pdf, size: FILE_MAX_BYTES + 1 })).toBe(
      "staff.message.errors.attachmentSize",
    );
    expect(attachmentError("message", { ...pdf, size: 0 })).toBe("staff.message.errors.attachmentEmpty");
  });
});

describe("departmentError", () => {
  it("asks staff for a department, not admins", () => {
    expect(departmentError("staff", null)).toBe("staff.accounts.errors.departmentRequired");
    expect(departmentError("staff", "bauamt")).toBeUndefined();
    expect(departmentError("admin", null)).toBeUndefined();
  });
});
