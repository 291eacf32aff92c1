// The start page tells a resident that their report has a new status by comparing it with what they
// were shown last: a mark must hold the last value shown, keep the time it was first shown, and
// leave at sign-out with the other personal data.
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { expect, it } from "vitest";
import { AppDatabase } from "./db";
import { wipePersonalData } from "./personal-data";
import { markSeen, seenKey, seenValues } from "./seen";

const device = () =>
  new AppDatabase(`seen-${crypto.randomUUID()}`, { indexedDB: new IDBFactory(), IDBKeyRange });

it("keys a record's mark by kind and id", () => {
  expect(seenKey("report", "8c1d2e3f-aaaa")).toBe("report:8c1d2e3f-aaaa");
});

it("answers the value seen last for each key, and nothing for a key never seen", async () => {
  const db = device();
  await markSeen(db, seenKey("report", "a"), "received");
  await markSeen(db, seenKey("report", "b"), "in_progress");
  await markSeen(db, seenKey("report", "a"), "done");

  const seen = await seenValues(db, [seenKey("report", "a"), seenKey("report", "b"), seenKey("report", "c")]);
  expect(seen).toEqual(
    new Map([
      ["report:a", "done"],
      ["report:b", "in_progress"],
    ]),
  );
  expect(await seenValues(db, [])).toEqual(new Map());
});

it("keeps the time a value was first seen when it is shown again, and renews it for a new value", async () => {
  const db = device();
  const key = seenKey("report", "a");
  await markSeen(db, key, "received", new Date("2026-12-01T08:00:00Z"));
  await markSeen(db, key, "received", new Date("2026-12-02T08:00:00Z"));
  expect(await db.seen.get(key)).toEqual({ key, value: "received", at: "2026-12-01T08:00:00.000Z" });

  await markSeen(db, key, "done", new Date("2026-12-03T08:00:00Z"));
  expect(await db.seen.get(key)).toEqual({ key, value: "done", at: "2026-12-03T08:00:00.000Z" });
});

it("forgets every mark at sign-out", async () => {
  const db = device();
  await markSeen(db, seenKey("report", "a"), "done");
  await wipePersonalData(db);
  expect(await seenValues(db, [seenKey("report", "a")])).toEqual(new Map());
});
