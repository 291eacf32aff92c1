import { createChallenge, solveChallenge, verifySolution } from "altcha-lib/v1";
import { describe, expect, it } from "vitest";
import { altchaChallengeSchema } from "../../lib/contract/appointments";
import { altchaPayload } from "../../lib/proof-of-work";
import { calendarFileName } from "./ics";

describe("the proof of work's payload", () => {
  it("is what the ALTCHA library on the server verifies", async () => {
    const hmacKey = "test-key";
    const challenge = altchaChallengeSchema.parse(await createChallenge({ hmacKey, maxnumber: 2000 }));
    const solution = await solveChallenge(challenge.challenge, challenge.salt, challenge.algorithm, 2000)
      .promise;
    expect(solution).not.toBeNull();
    const payload = altchaPayload(challenge, solution?.number ?? -1);
    expect(await verifySolution(payload, hmacKey)).toBe(true);
    expect(await verifySolution(altchaPayload(challenge, (solution?.number ?? 0) + 1), hmacKey)).toBe(false);
  });
});

describe("the calendar file", () => {
  it("is named after the reference", () => {
    expect(calendarFileName("T-ABCD-EFGH")).toBe("termin-T-ABCD-EFGH.ics");
  });
});
