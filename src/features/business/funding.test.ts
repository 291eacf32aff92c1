// The funding finder as a business uses it: what can be applied for now comes first, and the
// filters work on the status shown today, not the stored one.
import { describe, expect, it } from "vitest";
import type { FundingProgramme } from "../../lib/contract/business";
import { findProgrammes } from "./funding";

const programme = (id: string, overrides: Partial<FundingProgramme> = {}): FundingProgramme => ({
  id,
  name: id,
  provider: "dwfg",
  level: "city",
  targetGroup: "Betriebe",
  funds: "Beratung",
  amount: "bis 1.000 €",
  deadline: null,
  startsOn: null,
  endsOn: null,
  status: "open",
  statusAsOf: "2026-11-27",
  url: null,
  sample: true,
  ...overrides,
});

const TODAY = "2026-11-28";
const programmes = [
  programme("Digital Jetzt", { level: "federal", status: "open", endsOn: "2023-12-31" }),
  programme("Zuschuss", { level: "city" }),
  programme("Digitalbonus", { level: "state" }),
  programme("Check", { level: "city", status: "open", startsOn: "2027-03-01" }),
];
const names = (filter: Parameters<typeof findProgrammes>[1]) =>
  findProgrammes(programmes, filter, TODAY, "de").map((p) => [p.programme.name, p.status]);

describe("findProgrammes", () => {
  it("lists open programmes first, then announced, then closed, by name within", () => {
    expect(names({ status: undefined, level: undefined })).toEqual([
      ["Digitalbonus", "open"],
      ["Zuschuss", "open"],
      ["Check", "announced"],
      ["Digital Jetzt", "closed"],
    ]);
  });

  it("filters by the status shown today: an ended programme stored as open is not open", () => {
    expect(names({ status: "open", level: undefined }).map(([name]) => name)).not.toContain("Digital Jetzt");
    expect(names({ status: "closed", level: undefined })).toEqual([["Digital Jetzt", "closed"]]);
  });

  it("filters by level, together with the status", () => {
    expect(names({ status: undefined, level: "city" })).toEqual([
      ["Zuschuss", "open"],
      ["Check", "announced"],
    ]);
    expect(names({ status: "announced", level: "state" })).toEqual([]);
  });
});
