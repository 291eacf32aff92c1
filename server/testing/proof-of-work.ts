// A solved ALTCHA proof of work for tests: the browser's work, with node's synchronous hash so that
// many tests can pay it quickly.
import { createHash } from "node:crypto";
import { altchaChallengeSchema } from "../../src/lib/contract/proof-of-work";
import type { TestClient } from "./test-client";

export async function solvedProofOfWork(
  client: TestClient,
  challengePath: string,
  headers: Record<string, string> = {},
): Promise<string> {
  const answer = await client.json("GET", challengePath, undefined, headers);
  const challenge = altchaChallengeSchema.parse(answer.body);
  for (let number = 0; number <= (challenge.maxnumber ?? 1e6); number++) {
    if (createHash("sha256").update(`${challenge.salt}${number}`).digest("hex") === challenge.challenge) {
      return Buffer.from(JSON.stringify({ ...challenge, number })).toString("base64");
    }
  }
  throw new Error("challenge not solved");
}
