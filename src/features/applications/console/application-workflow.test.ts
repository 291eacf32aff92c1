import { describe, expect, it } from "vitest";
import { applicationPath, availableActions, inboxPath, inboxView } from "./application-workflow";

const me = "staff-1";
const claimedBy = (id: string) => ({ id, name: id === me ? "Ich" : "Frau Meyer" });

describe("inbox view", () => {
  it("reads the view from the address and falls back to the open applications", () => {
    expect(inboxView("mine")).toBe("mine");
    expect(inboxView("decided")).toBe("decided");
    expect(inboxView(undefined)).toBe("open");
    expect(inboxView("all")).toBe("open");
  });

  it("builds the pages' addresses", () => {
    expect(inboxPath("mine")).toBe("/verwaltung/antraege?view=mine");
    expect(applicationPath("a/1")).toBe("/verwaltung/antraege/a%2F1");
  });
});

describe("available actions", () => {
  it("offers taking over an application nobody handles yet", () => {
    expect(availableActions({ status: "received", claimedBy: null }, me)).toEqual({
      claim: true,
      ask: false,
      decide: false,
      claimedByOther: null,
    });
  });

  it("lets the person handling it ask and decide", () => {
    for (const status of ["in_progress", "question"] as const) {
      expect(availableActions({ status, claimedBy: claimedBy(me) }, me)).toEqual({
        claim: false,
        ask: true,
        decide: true,
        claimedByOther: null,
      });
    }
  });

  it("names the colleague handling it and offers nothing else", () => {
    expect(availableActions({ status: "in_progress", claimedBy: claimedBy("staff-2") }, me)).toEqual({
      claim: false,
      ask: false,
      decide: false,
      claimedByOther: "Frau Meyer",
    });
  });

  it("offers nothing once decided", () => {
    for (const claimer of [null, claimedBy(me), claimedBy("staff-2")]) {
      expect(availableActions({ status: "decided", claimedBy: claimer }, me)).toEqual({
        claim: false,
        ask: false,
        decide: false,
        claimedByOther: null,
      });
    }
  });
});
