import { describe, expect, it } from "vitest";
import { REPORT_NOTE_MAX, statusChangeSchema } from "../../../lib/contract/reports";
import { checkClientName, checkMergeTarget, checkStatusChange } from "./report-forms";

describe("the status form", () => {
  it("needs a status", () => {
    expect(checkStatusChange("", "")).toEqual({ errors: { status: "staff.reports.status.errors.status" } });
  });

  it("sends an empty note as none and trims it", () => {
    expect(checkStatusChange("in_progress", "  ")).toEqual({
      change: { status: "in_progress", publicNote: null },
    });
    expect(checkStatusChange("done", " Repariert. ")).toEqual({
      change: { status: "done", publicNote: "Repariert." },
    });
  });

  it("asks for a reason when rejecting, as the server does", () => {
    expect(checkStatusChange("rejected", " no ")).toEqual({
      errors: { note: "staff.reports.status.errors.reasonMissing" },
    });
    expect(statusChangeSchema.safeParse({ status: "rejected", publicNote: "no" }).success).toBe(false);
    const accepted = checkStatusChange("rejected", "Privatgrundstück");
    expect(accepted).toEqual({ change: { status: "rejected", publicNote: "Privatgrundstück" } });
    if ("change" in accepted) expect(statusChangeSchema.safeParse(accepted.change).success).toBe(true);
  });

  it("refuses a note longer than the server takes", () => {
    expect(checkStatusChange("done", "x".repeat(REPORT_NOTE_MAX + 1))).toEqual({
      errors: { note: "staff.reports.status.errors.noteTooLong" },
    });
    expect(checkStatusChange("done", "x".repeat(REPORT_NOTE_MAX))).toHaveProperty("change");
  });
});

describe("the merge form", () => {
  it("takes another report's id", () => {
    expect(checkMergeTarget(" 8c1f0a2e-aaaa-4bbb-8ccc-123456789abc ", "other-report-id")).toBeUndefined();
    expect(checkMergeTarget("short", "other-report-id")).toBe("staff.reports.merge.errors.id");
    expect(checkMergeTarget("has spaces inside", "x")).toBe("staff.reports.merge.errors.id");
    expect(checkMergeTarget("same-report-id", "same-report-id")).toBe("staff.reports.merge.errors.self");
  });
});

describe("the API key form", () => {
  it("names the client in 2 to 120 characters", () => {
    expect(checkClientName(" x ")).toBe("staff.reports.apiKeys.clientError");
    expect(checkClientName("FixMyStreet")).toBeUndefined();
    expect(checkClientName("x".repeat(121))).toBe("staff.reports.apiKeys.clientError");
  });
});
