import { describe, expect, it } from "vitest";
import de from "../../locales/account/de.json";
import { FILE_MAX_BYTES } from "../../lib/contract/account-constants";
import {
  checkEmail,
  checkNewPassword,
  checkPhone,
  checkSignUp,
  checkUpload,
  todayInBerlin,
} from "./validation";

const valid = {
  givenName: "Erika",
  familyName: "Mustermann",
  birthDate: "1980-05-17",
  street: "Rathausplatz 1",
  postalCode: "27749",
  city: "Delmenhorst",
  email: "erika@example.org",
  password: "ein langes Passwort",
};

type Tree = { [key: string]: string | Tree };
const germanText = (key: string) =>
  key.split(".").reduce<string | Tree | undefined>((node, part) => {
    return typeof node === "object" ? node[part] : undefined;
  }, de);

describe("checkSignUp", () => {
  it("accepts a complete form", () => {
    expect(checkSignUp(valid, "2025-01-01")).toEqual({});
  });

  it("names every missing field, each with a German text", () => {
    const empty = Object.fromEntries(Object.keys(valid).map((k) => [k, ""]));
    const errors = checkSignUp({ ...valid, ...empty }, "2025-01-01");
    expect(Object.keys(errors).sort()).toEqual(Object.keys(valid).sort());
    for (const key of Object.values(errors)) expect(typeof germanText(key!)).toBe("string");
  });

  it("refuses a birth date in the future and a postal code without five digits", () => {
    const errors = checkSignUp({ ...valid, birthDate: "2030-01-01", postalCode: "2774" }, "2025-01-01");
    expect(errors).toEqual({
      birthDate: "account.validation.birthDateInvalid",
      postalCode: "account.validation.postalCodeInvalid",
    });
  });
});

describe("single fields", () => {
  it("checks email and new password", () => {
    expect(checkEmail(" erika@example.org ")).toBeUndefined();
    expect(checkEmail("erika")).toBe("account.validation.emailInvalid");
    expect(checkNewPassword("kurz")).toBe("account.validation.passwordTooShort");
  });

  it("allows an empty phone number (it removes the number)", () => {
    expect(checkPhone("")).toBeUndefined();
    expect(checkPhone("+49 4221 99-0")).toBeUndefined();
    expect(checkPhone("call me")).toBe("account.validation.phoneInvalid");
  });

  it("checks uploads before sending 10 MB for nothing", () => {
    expect(checkUpload(undefined)).toBe("account.validation.fileMissing");
    expect(checkUpload({ name: "a.pdf", size: FILE_MAX_BYTES + 1, type: "application/pdf" })).toBe(
      "account.validation.fileTooLarge",
    );
    expect(checkUpload({ name: "a.docx", size: 10, type: "application/msword" })).toBe(
      "account.validation.fileType",
    );
    // Some phones report no type at all; the name decides then.
    expect(checkUpload({ name: "Foto.JPG", size: 10, type: "" })).toBeUndefined();
  });

  it("knows the date in Delmenhorst", () => {
    expect(todayInBerlin(new Date("2025-03-01T23:30:00Z"))).toBe("2025-03-02");
  });
});

describe("texts", () => {
  it("has a German text for every message these checks give", () => {
    const keys = [
      "emailMissing",
      "emailInvalid",
      "passwordMissing",
      "passwordTooShort",
      "passwordTooLong",
      "givenNameMissing",
      "familyNameMissing",
      "nameTooLong",
      "birthDateMissing",
      "birthDateInvalid",
      "streetMissing",
      "postalCodeInvalid",
      "cityMissing",
      "phoneInvalid",
      "fileMissing",
      "fileEmpty",
      "fileTooLarge",
      "fileType",
    ];
    for (const key of keys) expect(typeof germanText(`account.validation.${key}`)).toBe("string");
  });
});
