// The status residents see is computed, not trusted: a programme past its end or deadline is closed
// and one that has not started is announced, whatever staff stored.
import { describe, expect, it } from "vitest";
import { fundingStatusOn, fundingWriteSchema, type FundingProgramme } from "./business";

type Dates = Pick<FundingProgramme, "status" | "startsOn" | "endsOn" | "deadline">;
const programme = (overrides: Partial<Dates>): Dates => ({
  status: "open",
  startsOn: null,
  endsOn: null,
  deadline: null,
  ...overrides,
});

describe("fundingStatusOn", () => {
  it("shows Digital Jetzt (ended 31 Dec 2023) as closed, even when stored as open", () => {
    const digitalJetzt = programme({ status: "open", startsOn: "2020-09-07", endsOn: "2023-12-31" });
    expect(fundingStatusOn(digitalJetzt, "2026-11-28")).toBe("closed");
    expect(fundingStatusOn({ ...digitalJetzt, status: "announced" }, "2026-11-28")).toBe("closed");
    // On its last day it was still open.
    expect(fundingStatusOn(digitalJetzt, "2023-12-31")).toBe("open");
  });

  it("shows a programme as announced before it starts, and open from its first day", () => {
    const later = programme({ status: "open", startsOn: "2027-03-01" });
    expect(fundingStatusOn(later, "2026-11-28")).toBe("announced");
    expect(fundingStatusOn(later, "2027-03-01")).toBe("open");
    expect(fundingStatusOn({ ...later, status: "announced" }, "2026-11-28")).toBe("announced");
  });

  it("closes a programme the day after its deadline, even though it has not ended", () => {
    const deadline = programme({ deadline: "2026-11-27", endsOn: "2027-12-31" });
    expect(fundingStatusOn(deadline, "2026-11-27")).toBe("open");
    expect(fundingStatusOn(deadline, "2026-11-28")).toBe("closed");
  });

  it("keeps a programme staff closed closed, and one without dates as stored", () => {
    expect(fundingStatusOn(programme({ status: "closed", startsOn: "2027-01-01" }), "2026-11-28")).toBe(
      "closed",
    );
    expect(fundingStatusOn(programme({ status: "announced" }), "2026-11-28")).toBe("announced");
    expect(fundingStatusOn(programme({ status: "open" }), "2026-11-28")).toBe("open");
  });
});

describe("fundingWriteSchema", () => {
  const write = {
    name: "Beispiel",
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
  };

  it("refuses a deadline after the end and an end before the start, on those fields", () => {
    const paths = (value: object) =>
      fundingWriteSchema.safeParse({ ...write, ...value }).error?.issues.map((i) => i.path.join("."));
    expect(paths({ deadline: "2027-02-01", endsOn: "2027-01-31" })).toEqual(["deadline"]);
    expect(paths({ startsOn: "2027-02-01", endsOn: "2027-01-31" })).toEqual(["endsOn"]);
    expect(paths({})).toBeUndefined();
  });
});
