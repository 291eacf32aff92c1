// "No warnings" only on a good answer of NINA, with that answer's time; otherwise the page says that
// official warnings could not be fetched, and since when.
import { describe, expect, it } from "vitest";
import { DELMENHORST_ARS, type WarningsStatus } from "../../lib/contract/warnings";
import { sourceState, STALE_AFTER_MS } from "./source-state";

const NOW = Date.parse("2026-03-10T12:00:00Z");
const at = (minutesAgo: number) => new Date(NOW - minutesAgo * 60_000).toISOString();

function status(
  delmenhorst: { lastSuccessAt: string | null; lastErrorAt: string | null; failures: number },
  others: WarningsStatus["regions"] = [],
): WarningsStatus {
  return { regions: [{ ars: DELMENHORST_ARS, ...delmenhorst }, ...others] };
}

describe("what the warnings page may say about its sources", () => {
  it("says none are in force only after a good answer, as of that answer", () => {
    const healthy = status({ lastSuccessAt: at(1), lastErrorAt: null, failures: 0 });
    expect(sourceState(healthy, at(0.5), NOW)).toEqual({ kind: "current", asOf: at(1) });
  });

  it("gives the device's sync as the time when the list on the device is older than NINA's answer", () => {
    const healthy = status({ lastSuccessAt: at(1), lastErrorAt: null, failures: 0 });
    expect(sourceState(healthy, at(4), NOW)).toEqual({ kind: "current", asOf: at(4) });
  });

  it("says since when NINA could not be reached when the last attempts failed", () => {
    const failing = status({ lastSuccessAt: at(45), lastErrorAt: at(1), failures: 80 });
    expect(sourceState(failing, at(2), NOW)).toEqual({ kind: "failing", since: at(45) });
  });

  it("says the server never reached NINA when no answer ever came, whatever the device synced", () => {
    const never = status({ lastSuccessAt: null, lastErrorAt: at(1), failures: 12 });
    expect(sourceState(never, at(1), NOW)).toEqual({ kind: "never" });
    const notTriedYet = status({ lastSuccessAt: null, lastErrorAt: null, failures: 0 });
    expect(sourceState(notTriedYet, at(1), NOW)).toEqual({ kind: "never" });
  });

  it("does not know when the device has neither the server's answer nor its list", () => {
    const healthy = status({ lastSuccessAt: at(1), lastErrorAt: null, failures: 0 });
    expect(sourceState(null, at(1), NOW)).toEqual({ kind: "unknown" });
    expect(sourceState(healthy, null, NOW)).toEqual({ kind: "unknown" });
  });

  it("treats a device that has heard nothing new for a while (offline) as not able to fetch them", () => {
    const old = STALE_AFTER_MS / 60_000 + 1;
    const healthyThen = status({ lastSuccessAt: at(old), lastErrorAt: null, failures: 0 });
    expect(sourceState(healthyThen, at(old), NOW)).toEqual({ kind: "failing", since: at(old) });
  });

  it("judges Delmenhorst by its own answers, not by a neighbouring district's", () => {
    const neighbourFailing = status({ lastSuccessAt: at(1), lastErrorAt: null, failures: 0 }, [
      { ars: "040110000000", lastSuccessAt: null, lastErrorAt: at(1), failures: 9 },
    ]);
    expect(sourceState(neighbourFailing, at(1), NOW)).toEqual({ kind: "current", asOf: at(1) });
  });
});
