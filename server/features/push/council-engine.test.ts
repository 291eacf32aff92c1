// A council alert's job through the push engine to a local push service: the one device named in
// the ref gets it (decrypted, in the job's words), a device that switched "council" off gets none.
import { afterEach, beforeEach, expect, it } from "vitest";
import { pushPayloadSchema } from "../../../src/lib/contract/warnings";
import { councilAlertPayload, councilRef } from "./council-payload";
import { preferences, pushHarness, type PushHarness } from "./engine-fixtures";
import { enqueuePushJob } from "./jobs";

let h: PushHarness;
beforeEach(async () => {
  h = await pushHarness();
});
afterEach(async () => {
  expect(h.endpoint.errors).toEqual([]);
  await h.close();
});

it("delivers a council alert to its device only, unless the topic is off", async () => {
  const follower = await h.subscribe(preferences({ language: "tr" }));
  const other = await h.subscribe(preferences());
  const switchedOff = await h.subscribe(preferences({ topics: { council: false } }));
  const payload = councilAlertPayload("tr", "paper", "Bebauungsplan Am Wollepark", "/rat/vorlage/abc");
  await enqueuePushJob(h.db, councilRef(follower.subscriptionId, "paper:abc"), payload);
  await enqueuePushJob(h.db, councilRef(switchedOff.subscriptionId, "paper:abc"), payload);
  await h.engine().runPendingJobs();
  expect(follower.received).toHaveLength(1);
  expect(pushPayloadSchema.parse(follower.received[0]?.payload)).toEqual({
    topic: "council",
    title: "Meclis: yeni teklif belgesi",
    body: "Bebauungsplan Am Wollepark",
    url: "/rat/vorlage/abc",
  });
  expect(other.received).toHaveLength(0);
  expect(switchedOff.received).toHaveLength(0);
});
