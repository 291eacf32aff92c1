import { describe, expect, it } from "vitest";
import type { Shop } from "../../lib/contract/shops";
import { changedFields } from "./shop-diff";

const shop: Shop = {
  id: "baeckerei-mueller",
  name: "Bäckerei Müller",
  category: "shop=bakery",
  address: { street: "Lange Straße", housenumber: "12", postcode: "27749" },
  location: [8.6321, 53.0503],
  openingHours: "Mo-Fr 06:30-18:00; Sa 06:30-13:00; PH off",
  phone: "04221 123401",
  website: null,
  onlineShop: null,
  delivery: false,
  clickAndCollect: true,
  wheelchair: "limited",
  payment: ["cash", "debit_cards"],
  description: null,
  offers: [],
  photo: null,
  source: "osm",
  osmId: "node/1",
  verified: true,
  sample: true,
  updatedAt: "2026-11-01T10:00:00+01:00",
};
const {
  id: _id,
  photo: _photo,
  source: _s,
  osmId: _o,
  verified: _v,
  sample: _sa,
  updatedAt: _u,
  ...details
} = shop;

describe("a change's differences", () => {
  it("lists nothing for the same details", () => {
    expect(changedFields(shop, details, null)).toEqual([]);
  });

  it("names the changed fields in the form's order with old and new value", () => {
    const changes = changedFields(
      shop,
      {
        ...details,
        openingHours: "Mo-Fr 06:30-18:00; Sa 08:00-12:00; PH off",
        payment: ["debit_cards", "cash"],
        address: { ...details.address, housenumber: "14" },
      },
      { id: "00000000-0000-4000-8000-000000000001", width: 1200, height: 800 },
    );
    expect(changes.map((c) => c.field)).toEqual(["address", "openingHours", "photo"]);
    expect(changes[1]).toEqual({
      field: "openingHours",
      before: "Mo-Fr 06:30-18:00; Sa 06:30-13:00; PH off",
      after: "Mo-Fr 06:30-18:00; Sa 08:00-12:00; PH off",
    });
  });
});
