// Sign-out on a shared device: nothing of the person who used it may stay, neither what the account's
// feeds brought nor what they wrote and had not sent yet; what anyone may read stays for offline use.
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { expect, it } from "vitest";
import { SYNCED_COLLECTIONS } from "./contract/collections";
import { AppDatabase } from "./db";
import { enqueue } from "./outbox";
import { pendingPersonalWrites, PERSONAL_TABLES, wipePersonalData } from "./personal-data";

const device = () =>
  new AppDatabase(`wipe-${crypto.randomUUID()}`, { indexedDB: new IDBFactory(), IDBKeyRange });

const consultation = {
  kind: "consultation",
  ref: "c1",
  method: "POST" as const,
  url: "/api/business/consultations",
  body: { name: "Erika Musterfrau", email: "erika@example.org", phone: "04221 12345" },
  proofOfWork: "/api/business/consultations/challenge",
};

it("drops an unsent consultation request at sign-out: it holds the resident's name and contact", async () => {
  const db = device();
  await enqueue(db, consultation);
  await enqueue(db, {
    kind: "feedback",
    ref: "/",
    method: "POST",
    url: "/api/feedback",
    body: { helpful: true },
  });
  expect(await pendingPersonalWrites(db)).toBe(1);

  await wipePersonalData(db);

  expect((await db.outbox.toArray()).map((entry) => entry.url)).toEqual(["/api/feedback"]);
  expect(await pendingPersonalWrites(db)).toBe(0);
});

it("drops an unsent chat message at sign-out: it is the resident's own words", async () => {
  const db = device();
  const clientId = crypto.randomUUID();
  await enqueue(db, {
    id: clientId,
    kind: "chat-message",
    ref: "conversation-1",
    method: "POST",
    url: "/api/chat/conversations/conversation-1/messages",
    body: { clientId, text: "Meine Steuer-ID ist 12 345 678 901." },
  });
  expect(await pendingPersonalWrites(db)).toBe(1);

  await wipePersonalData(db);

  expect(await db.outbox.count()).toBe(0);
});

it("empties every personal collection and its sync cursor, and keeps the public ones", async () => {
  const db = device();
  for (const collection of SYNCED_COLLECTIONS) {
    await db.table(collection.table).put({ id: `${collection.name}-1` });
    await db.syncState.put({
      collection: collection.name,
      cursor: "e.1",
      etag: null,
      etagCursor: null,
      syncedAt: null,
    });
  }

  await wipePersonalData(db);

  for (const collection of SYNCED_COLLECTIONS) {
    const kept = collection.visibility === "public" ? 1 : 0;
    expect(await db.table(collection.table).count(), collection.name).toBe(kept);
    expect(await db.syncState.where("collection").equals(collection.name).count(), collection.name).toBe(
      kept,
    );
  }
  for (const table of PERSONAL_TABLES) expect(await db.table(table).count(), table).toBe(0);
});

it("lists the personal collections the account's feeds serve", () => {
  expect(
    SYNCED_COLLECTIONS.filter((collection) => collection.visibility === "personal").map(
      (collection) => collection.name,
    ),
  ).toEqual(["profile", "documents", "postbox", "appointments", "applications", "my-reports"]);
});
