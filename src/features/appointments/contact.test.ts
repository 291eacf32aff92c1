import { describe, expect, it } from "vitest";
import { checkContact } from "./contact";

describe("the contact of a booking without an account", () => {
  it("accepts a name and an address, the phone number being optional", () => {
    expect(checkContact({ name: "Erika Muster", email: " Erika@Example.org ", phone: "" })).toEqual({
      ok: true,
      contact: { name: "Erika Muster", email: "erika@example.org" },
    });
    expect(checkContact({ name: "Erika", email: "e@example.org", phone: "04221 99-0" })).toMatchObject({
      ok: true,
      contact: { phone: "04221 99-0" },
    });
  });

  it("names each field that needs fixing", () => {
    expect(checkContact({ name: "E", email: "not an address", phone: "call me" })).toEqual({
      ok: false,
      errors: {
        name: "appointments.contact.errors.name",
        email: "appointments.contact.errors.email",
        phone: "appointments.contact.errors.phone",
      },
    });
  });
});
