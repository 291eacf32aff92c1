// A consultation request written offline without an account: the outbox solves the server's proof
// of work only when it sends (a solution expires in minutes, the request may wait for days), a new
// one for each attempt, and a lost answer still stores the request once.
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createTestApp, type TestApp } from "../../server/testing/test-app";
import { TestClient } from "../../server/testing/test-client";
import { PROOF_OF_WORK_HEADER } from "../../src/lib/contract/proof-of-work";
import { AppDatabase } from "../../src/lib/db";
import { enqueue, flushOutbox } from "../../src/lib/outbox";

let server: TestApp | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

const ENDPOINT = "/api/business/consultations";
const request = {
  name: "Erika Musterfrau",
  company: "Musterfrau Feinkost",
  email: "erika@example.org",
  phone: null,
  topic: "going-online",
  message: "Wir möchten Kartenzahlung und einen kleinen Online-Shop einführen.",
  consent: true,
};

/** Offline, or online with the answer to the request lost after the server took it. */
class Connection {
  offline = true;
  loseAnswer = false;
  readonly proofs: (string | null)[] = [];

  constructor(private readonly client: TestClient) {}

  fetch = async (url: string, init?: RequestInit): Promise<Response> => {
    if (this.offline) throw new TypeError("Failed to fetch (offline)");
    if (url !== ENDPOINT) return this.client.fetch(url, init);
    this.proofs.push(new Headers(init?.headers).get(PROOF_OF_WORK_HEADER));
    const response = await this.client.fetch(url, init);
    if (this.loseAnswer) throw new TypeError("Failed to fetch (answer lost)");
    return response;
  };
}

const stored = async (t: TestApp) =>
  (await t.db.selectFrom("consultations").select("reference").execute()).length;

describe("a consultation request in the outbox", () => {
  it("pays its proof of work when it is sent, and arrives once", async () => {
    server = await createTestApp();
    const device = new AppDatabase("consultation-device", { indexedDB: new IDBFactory(), IDBKeyRange });
    const connection = new Connection(new TestClient(server));
    const entry = { kind: "consultation", ref: "r", method: "POST" as const, url: ENDPOINT, body: request };
    await enqueue(device, { ...entry, proofOfWork: `${ENDPOINT}/challenge` });

    expect(await flushOutbox(device, connection.fetch)).toMatchObject({ sent: 0, remaining: 1 });
    connection.offline = false;
    connection.loseAnswer = true;
    expect(await flushOutbox(device, connection.fetch)).toMatchObject({ sent: 0, remaining: 1 });
    expect(await stored(server)).toBe(1);
    connection.loseAnswer = false;
    expect(await flushOutbox(device, connection.fetch)).toMatchObject({ sent: 1, remaining: 0 });

    expect(await stored(server)).toBe(1);
    await vi.waitFor(() => expect(server?.mails).toHaveLength(1));
    // Solved for each attempt, never the same solution twice.
    expect(connection.proofs).toHaveLength(2);
    expect(connection.proofs.every((proof) => proof !== null)).toBe(true);
    expect(new Set(connection.proofs).size).toBe(2);

    // Without the proof (as the app sent it before), the request is refused and waits as failed.
    await enqueue(device, entry);
    expect(await flushOutbox(device, connection.fetch)).toMatchObject({ sent: 0, failed: 1 });
    expect(await device.outbox.toArray()).toMatchObject([
      { status: "failed", error: "proof_of_work_failed" },
    ]);
    expect(await stored(server)).toBe(1);
    device.close();
    // Two real proofs of work (SHA-256 up to 20 000 times each, as a phone solves them) take seconds
    // on a loaded machine: the default 5 s made this fail under load.
  }, 30_000);

  it("carries the app's language, so the receipt mail of a request written in Turkish is Turkish", async () => {
    server = await createTestApp();
    const device = new AppDatabase("consultation-language", { indexedDB: new IDBFactory(), IDBKeyRange });
    const connection = new Connection(new TestClient(server));
    connection.offline = false;
    const entry = { kind: "consultation", ref: "r", method: "POST" as const, url: ENDPOINT, body: request };
    await enqueue(device, { ...entry, proofOfWork: `${ENDPOINT}/challenge`, language: "tr" });
    expect(await flushOutbox(device, connection.fetch)).toMatchObject({ sent: 1 });

    await vi.waitFor(() => expect(server?.mails).toHaveLength(1));
    const mail = server.mails[0]!;
    expect(mail.subject).toMatch(/^Danışmanlık talebiniz ulaştı \(DW-/);
    expect(mail.text).toContain("Konu: Çevrimiçi olmak");
    device.close();
  }, 30_000);
});
