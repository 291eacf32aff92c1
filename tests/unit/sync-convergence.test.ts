// The promise of offline-first: whatever happens to the network, the device ends up with the
// server's state, and every write made on the device reaches the server exactly once.
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { countFeedbackByClientId } from "../../server/features/feedback/store";
import { deleteEntry, listEntries, upsertEntries } from "../../server/platform/sync/store";
import { createTestApp, type TestApp } from "../../server/testing/test-app";
import { TestClient } from "../../server/testing/test-client";
import { AppDatabase } from "../../src/lib/db";
import { NetworkError } from "../../src/lib/http";
import { enqueue, flushOutbox } from "../../src/lib/outbox";
import { type CollectionBinding, pullCollection } from "../../src/lib/sync";

const itemSchema = z.object({ id: z.string(), value: z.number() });
const binding: CollectionBinding = {
  name: "services",
  table: (db) => db.services,
  schema: itemSchema,
};

/** A network between device and server that can be off, lose answers, or deliver twice. */
class FlakyNetwork {
  online = true;
  loseNextAnswer = false;
  deliverNextTwice = false;
  // A browser's cookies and Origin header: writes need the CSRF token of this browser.
  private readonly browser: TestClient;
  constructor(server: TestApp) {
    this.browser = new TestClient(server);
  }

  fetch = async (url: string, init?: RequestInit): Promise<Response> => {
    if (!this.online) throw new TypeError("Failed to fetch (offline)");
    const deliver = () => this.browser.fetch(url, init);
    if (this.deliverNextTwice) {
      this.deliverNextTwice = false;
      await deliver();
    }
    const response = await deliver();
    if (this.loseNextAnswer) {
      this.loseNextAnswer = false;
      throw new TypeError("Failed to fetch (answer lost)");
    }
    return response;
  };
}

type Command =
  | { kind: "serverUpsert"; id: string; value: number }
  | { kind: "serverDelete"; id: string }
  | { kind: "offline" }
  | { kind: "online" }
  | { kind: "loseNextAnswer" }
  | { kind: "deliverNextTwice" }
  | { kind: "pull" }
  | { kind: "write" }
  | { kind: "flush" };

const ids = fc.constantFrom("a", "b", "c", "d", "e", "f", "g");
const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ kind: fc.constant("serverUpsert" as const), id: ids, value: fc.integer({ min: 0, max: 99 }) }),
  fc.record({ kind: fc.constant("serverDelete" as const), id: ids }),
  fc.constant({ kind: "offline" as const }),
  fc.constant({ kind: "online" as const }),
  fc.constant({ kind: "loseNextAnswer" as const }),
  fc.constant({ kind: "deliverNextTwice" as const }),
  fc.constant({ kind: "pull" as const }),
  fc.constant({ kind: "write" as const }),
  fc.constant({ kind: "flush" as const }),
);

let dbCount = 0;
function deviceDatabase(): AppDatabase {
  return new AppDatabase(`device-${++dbCount}`, { indexedDB: new IDBFactory(), IDBKeyRange });
}

async function ignoringNetworkErrors(work: () => Promise<unknown>) {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof NetworkError)) throw error;
  }
}

const open: { server: TestApp; device: AppDatabase }[] = [];
afterEach(async () => {
  for (const { server, device } of open.splice(0)) {
    device.close();
    await server.close();
  }
});

describe("sync engine and outbox", () => {
  it("converge to the server's state with every write applied exactly once", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { maxLength: 40 }), async (commands) => {
        const server = await createTestApp();
        const device = deviceDatabase();
        open.push({ server, device });
        const network = new FlakyNetwork(server);
        const pull = () => pullCollection(device, binding, { fetch: network.fetch, pageLimit: 3 });
        const written: string[] = [];

        for (const c of commands) {
          switch (c.kind) {
            case "serverUpsert":
              await upsertEntries(server.db, "services", [{ id: c.id, data: { id: c.id, value: c.value } }]);
              break;
            case "serverDelete":
              await deleteEntry(server.db, "services", c.id);
              break;
            case "offline":
              network.online = false;
              break;
            case "online":
              network.online = true;
              break;
            case "loseNextAnswer":
              network.loseNextAnswer = true;
              break;
            case "deliverNextTwice":
              network.deliverNextTwice = true;
              break;
            case "pull":
              await ignoringNetworkErrors(pull);
              break;
            case "write": {
              const id = crypto.randomUUID();
              written.push(id);
              const body = {
                id,
                page: "/dienstleistungen",
                helpful: written.length % 2 === 0,
                language: "de",
              };
              await enqueue(device, {
                id,
                kind: "feedback",
                ref: "/",
                method: "POST",
                url: "/api/feedback",
                body,
              });
              break;
            }
            case "flush":
              await ignoringNetworkErrors(() => flushOutbox(device, network.fetch));
              break;
          }
        }

        // The network comes back for good.
        Object.assign(network, { online: true, loseNextAnswer: false, deliverNextTwice: false });
        await flushOutbox(device, network.fetch);
        await pull();

        const onServer = await listEntries(server.db, "services");
        const onDevice = await device.services.orderBy("id").toArray();
        expect(onDevice).toEqual(onServer.map((e) => e.data));
        expect(await device.outbox.count()).toBe(0);
        const stored = await countFeedbackByClientId(server.db);
        expect([...stored.keys()].sort()).toEqual([...written].sort());
        for (const id of written) expect(stored.get(id)).toBe(1);

        device.close();
        await server.close();
        open.length = 0;
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it("starts over when the server's database was replaced", async () => {
    const first = await createTestApp();
    const device = deviceDatabase();
    await upsertEntries(first.db, "services", [{ id: "old", data: { id: "old", value: 1 } }]);
    await pullCollection(device, binding, { fetch: async (u, i) => first.app.request(u, i) });
    expect(await device.services.count()).toBe(1);
    await first.close();

    const second = await createTestApp();
    open.push({ server: second, device });
    await upsertEntries(second.db, "services", [{ id: "new", data: { id: "new", value: 2 } }]);
    await pullCollection(device, binding, { fetch: async (u, i) => second.app.request(u, i) });
    expect((await device.services.toArray()).map((s) => s.id)).toEqual(["new"]);
  });

  it("keeps a write the server refuses, marked failed, instead of dropping it", async () => {
    const server = await createTestApp();
    const device = deviceDatabase();
    open.push({ server, device });
    const body = { id: crypto.randomUUID(), page: "no-slash", helpful: true, language: "de" };
    await enqueue(device, { kind: "feedback", ref: "/", method: "POST", url: "/api/feedback", body });
    const result = await flushOutbox(device, new TestClient(server).fetch);
    expect(result.failed).toBe(1);
    const [entry] = await device.outbox.toArray();
    expect(entry?.status).toBe("failed");
    expect(entry?.error).toBe("validation_failed");
  });
});
