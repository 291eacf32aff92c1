import { describe, expect, it } from "vitest";
import type { ShopDetails } from "../../../lib/contract/shops";
import {
  checkClaim,
  checkDetails,
  claimFaults,
  detailFaults,
  detailsFormOf,
  emptyDetailsForm,
  newOffer,
} from "./details-form";

const bakery: ShopDetails = {
  name: "Bäckerei Müller",
  category: "shop=bakery",
  address: { street: "Lange Straße", housenumber: "12", postcode: "27749" },
  location: [8.6321, 53.0503],
  openingHours: "Mo-Fr 06:30-18:00; PH off",
  phone: "04221 123401",
  website: null,
  onlineShop: null,
  delivery: false,
  clickAndCollect: true,
  wheelchair: "limited",
  payment: ["cash", "contactless"],
  description: "Brot und Brötchen.",
  offers: [
    {
      id: "o-1",
      kind: "offer",
      title: "Brötchen-Tüte",
      text: "10 für 8",
      startsOn: null,
      endsOn: "2027-06-30",
    },
  ],
};

describe("merchant details form", () => {
  it("gives back the same details it was filled with", () => {
    const form = detailsFormOf(bakery);
    expect(form.lat).toBe("53.0503");
    expect(checkDetails(form, bakery.openingHours)).toEqual({ details: bakery, errors: {} });
  });

  it("starts a new entry at the city centre and reads a decimal comma", () => {
    const form = { ...emptyDetailsForm(), name: "Neu", category: "shop=books" };
    Object.assign(form, { street: "Lange Straße", housenumber: "1", postcode: "27749", lat: "53,05" });
    const checked = checkDetails(form, null);
    expect(checked.errors).toEqual({});
    expect(checked.details?.location).toEqual([8.6317, 53.05]);
    expect(checked.details?.phone).toBeNull();
  });

  it("names each field at fault, in the order of the form", () => {
    const form = detailsFormOf(bakery);
    form.name = "B";
    form.postcode = "28195";
    form.lat = "abc";
    form.website = "nicht-eine-adresse";
    form.offers.push({ ...newOffer("o-2", "2026-12-01"), title: "Advent", endsOn: "2026-11-01" });
    const checked = checkDetails(form, null);
    expect(checked.details).toBeUndefined();
    expect(checked.errors).toEqual({
      name: "merchant.details.errors.name",
      postcode: "merchant.details.errors.postcode",
      lat: "merchant.details.errors.coordinate",
      website: "merchant.details.errors.website",
      "offers.1.endsOn": "merchant.offers.errors.endsOn",
    });
  });

  it("puts a position outside the city on the position", () => {
    const form = detailsFormOf(bakery);
    form.lat = "8.6321";
    form.lon = "53.0503";
    expect(checkDetails(form, null).errors).toEqual({ lat: "merchant.details.errors.position" });
  });

  it("puts the server's faults on the fields, with or without the details' prefix", () => {
    const form = detailsFormOf(bakery);
    expect(detailFaults(form, ["openingHours", "offers.0.endsOn", "address.street"])).toEqual({
      street: "merchant.details.errors.street",
      openingHours: "merchant.details.errors.openingHours",
      "offers.0.endsOn": "merchant.offers.errors.endsOn",
    });
    expect(detailFaults(form, ["details.name", "phone"], "details.")).toEqual({
      name: "merchant.details.errors.name",
    });
    expect(claimFaults(["phone", "details.phone"])).toEqual({ phone: "merchant.claim.errors.phone" });
  });

  it("checks a claim", () => {
    expect(checkClaim({ role: "", phone: "12", message: "" }).errors).toEqual({
      role: "merchant.claim.errors.role",
      phone: "merchant.claim.errors.phone",
    });
    expect(checkClaim({ role: "owner", phone: " 04221 99 88 ", message: " Hallo " }).claim).toEqual({
      role: "owner",
      phone: "04221 99 88",
      message: "Hallo",
    });
  });
});
