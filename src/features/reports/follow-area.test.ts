import { describe, expect, it } from "vitest";
import { followAreaSchema, REPORT_CATEGORIES } from "../../lib/contract/reports";
import { CITY_CENTRE } from "../map/pin";
import { checkFollow, FOLLOW_RADII_M, followBody, followedCategoryKeys } from "./follow-area";

const push = { subscriptionId: "sub-1", manageToken: "token-1" };

describe("following an area: the checks", () => {
  it("needs a centre in the city and one of the offered radii", () => {
    expect(checkFollow({ pin: CITY_CENTRE, radiusM: 500, categories: [] })).toEqual({});
    expect(checkFollow({ pin: null, radiusM: 500, categories: [] })).toEqual({
      centre: "reports.follow.errors.centre",
    });
    // Bremen's market square: outside the city boundary.
    expect(checkFollow({ pin: { lat: 53.0758, lon: 8.8072 }, radiusM: 500, categories: [] })).toEqual({
      centre: "reports.follow.errors.outside",
    });
    expect(checkFollow({ pin: CITY_CENTRE, radiusM: 50, categories: [] }).radius).toBe(
      "reports.follow.errors.radius",
    );
    expect(checkFollow({ pin: CITY_CENTRE, radiusM: 5000, categories: [] }).radius).toBe(
      "reports.follow.errors.radius",
    );
  });

  it("offers only radii the server takes", () => {
    for (const radiusM of FOLLOW_RADII_M)
      expect(checkFollow({ pin: CITY_CENTRE, radiusM, categories: [] })).toEqual({});
  });
});

describe("following an area: the body", () => {
  it("fits the contract, with the device's subscription and the chosen categories in their order", () => {
    const body = followBody(
      { pin: CITY_CENTRE, radiusM: 250, categories: ["graffiti", "road-damage"] },
      { lat: 53.05070123456, lon: 8.631549999 },
      push,
      "tr",
    );
    expect(body).toEqual({
      push,
      lat: 53.050701,
      lon: 8.63155,
      radiusM: 250,
      categories: ["road-damage", "graffiti"],
      language: "tr",
    });
    expect(followAreaSchema.safeParse(body).success).toBe(true);
  });

  it("sends every category ticked as none ticked: all of them, also ones added later", () => {
    const all = followBody(
      { pin: CITY_CENTRE, radiusM: 500, categories: [...REPORT_CATEGORIES] },
      CITY_CENTRE,
      push,
      "de",
    );
    expect(all.categories).toEqual([]);
    const none = followBody({ pin: CITY_CENTRE, radiusM: 500, categories: [] }, CITY_CENTRE, push, "de");
    expect(none.categories).toEqual([]);
  });
});

describe("following an area: in words", () => {
  it("names the followed categories by their keys and leaves out unknown ones", () => {
    expect(followedCategoryKeys(["graffiti", "something-new"])).toEqual(["reports.categories.graffiti"]);
  });
});
