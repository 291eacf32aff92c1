// A large file from a bad connection: the outbox sends it in parts to the real server, a break and a
// lost answer interrupt it, and each new attempt goes on where the server left off instead of
// sending the file again. In the end the server holds the file once, byte for byte.
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { afterEach, describe, expect, it } from "vitest";
import { PDF } from "../../server/features/applications/test-fixtures";
import { createAccountWithSession } from "../../server/testing/accounts";
import { createTestApp, type TestApp } from "../../server/testing/test-app";
import type { TestClient } from "../../server/testing/test-client";
import { AppDatabase } from "../../src/lib/db";
import { enqueue, flushOutbox, PART_BYTES } from "../../src/lib/outbox";

let server: TestApp | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Breaks the connection before a chosen part, or loses a part's answer after the server took it. */
class BadConnection {
  breakBeforePart: number | null = null;
  loseAnswerOfPart: number | null = null;
  readonly partOffsets: number[] = [];

  constructor(private readonly client: TestClient) {}

  fetch = async (url: string, init?: RequestInit): Promise<Response> => {
    if (init?.method !== "PATCH") return this.client.fetch(url, init);
    const offset = Number(new Headers(init.headers).get("Upload-Offset"));
    const part = this.partOffsets.length;
    this.partOffsets.push(offset);
    if (part === this.breakBeforePart) throw new TypeError("Failed to fetch (connection lost)");
    const response = await this.client.fetch(url, init);
    if (part === this.loseAnswerOfPart) throw new TypeError("Failed to fetch (answer lost)");
    return response;
  };
}

describe("resumable uploads through the outbox", () => {
  it("goes on where the server left off after a break and after a lost answer", async () => {
    server = await createTestApp();
    const { client } = await createAccountWithSession(server, { role: "citizen" });
    const device = new AppDatabase("resumable-device", { indexedDB: new IDBFactory(), IDBKeyRange });
    const connection = new BadConnection(client);

    const bytes = new Uint8Array(PART_BYTES * 2 + 1000);
    bytes.set(PDF);
    for (let i = PDF.length; i < bytes.length; i++) bytes[i] = i % 251;
    const id = crypto.randomUUID();
    await enqueue(device, {
      kind: "application-upload",
      ref: "draft",
      method: "PATCH",
      url: `/api/applications/uploads/${id}`,
      body: { file: new Blob([bytes], { type: "application/pdf" }), name: "bauzeichnungen.pdf" },
      encoding: "resumable",
    });

    // The first part arrives, then the connection breaks before the second.
    connection.breakBeforePart = 1;
    expect(await flushOutbox(device, connection.fetch)).toMatchObject({ sent: 0, remaining: 1 });
    // Back online: the second part reaches the server, but its answer is lost.
    connection.loseAnswerOfPart = 3;
    expect(await flushOutbox(device, connection.fetch)).toMatchObject({ sent: 0, remaining: 1 });
    // Once more: only the third part is still missing.
    expect(await flushOutbox(device, connection.fetch)).toMatchObject({ sent: 1, remaining: 0 });

    expect(connection.partOffsets).toEqual([0, PART_BYTES, PART_BYTES, PART_BYTES * 2]);
    const stored = await server.db
      .selectFrom("files")
      .select(["content", "media_type", "name"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ media_type: "application/pdf", name: "bauzeichnungen.pdf" });
    expect(Buffer.from(stored.content).equals(Buffer.from(bytes))).toBe(true);
    expect(await server.db.selectFrom("upload_chunks").select("upload_id").execute()).toEqual([]);
    expect(await device.outbox.count()).toBe(0);
    device.close();
  });
});
