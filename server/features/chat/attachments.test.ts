// Photos and PDFs in the chat: sent both ways as messages of the log, the type read from the bytes,
// photos without their EXIF (a GPS position), limits, who may download, retention and the postbox.
import { randomUUID } from "node:crypto";
import sharp from "sharp";
import { afterEach, describe, expect, it } from "vitest";
import { chatEntrySchema, entriesResponseSchema } from "../../../src/lib/contract/chat";
import { createAccountWithSession } from "../../testing/accounts";
import { createTestApp, type TestApp } from "../../testing/test-app";
import type { TestClient } from "../../testing/test-client";
import { deleteExpiredChats } from "./service";
import { agentOnDuty, openAllDay, startAnonymous, startSignedIn } from "./test-fixtures";

let t: TestApp;
afterEach(async () => {
  await t?.close();
});

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

/** A small JPEG as a phone takes it: with EXIF, the GPS position included. */
const photoWithGps = () =>
  sharp({ create: { width: 40, height: 30, channels: 3, background: "#c00" } })
    .jpeg()
    .withExif({ IFD0: { Copyright: "Erika" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "53/1 3/1 0/1" } })
    .toBuffer()
    .then((b) => new Uint8Array(b));

const png = () =>
  sharp({ create: { width: 8, height: 8, channels: 4, background: "#08f" } })
    .png()
    .toBuffer()
    .then((b) => new Uint8Array(b));

function upload(
  client: TestClient,
  path: string,
  file: { bytes: Uint8Array<ArrayBuffer>; name: string; type?: string } | null,
  clientId: string | null = randomUUID(),
) {
  const form = new FormData();
  if (clientId !== null) form.append("clientId", clientId);
  if (file) form.append("file", new File([file.bytes], file.name, { type: file.type ?? "" }));
  return client.fetch(path, { method: "POST", body: form });
}

async function acceptedChat(env: Record<string, string> = {}) {
  t = await createTestApp(env);
  await openAllDay(t);
  const agent = await agentOnDuty(t);
  const resident = await startAnonymous(t);
  const id = resident.conversation.id;
  expect((await agent.client.json("POST", `/api/staff/chat/conversations/${id}/accept`)).status).toBe(200);
  return {
    agent,
    resident,
    id,
    residentPath: `/api/chat/conversations/${id}/attachments`,
    agentPath: `/api/staff/chat/conversations/${id}/attachments`,
  };
}

describe("photos and PDFs in the chat", () => {
  it("carries a resident's photo to the agent as a message, without its EXIF and GPS position", async () => {
    const { agent, resident, id, residentPath, agentPath } = await acceptedChat();
    const photo = await photoWithGps();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const clientId = randomUUID();
    const sent = await upload(
      resident.client,
      residentPath,
      { bytes: photo, name: "Schaden.jpeg" },
      clientId,
    );
    expect(sent.status).toBe(201);
    const entry = chatEntrySchema.parse(await sent.json());
    expect(entry).toMatchObject({ kind: "message", author: "resident", text: null, clientId });
    expect(entry.attachment).toMatchObject({ name: "Schaden.jpg", mediaType: "image/jpeg" });

    // The same upload again (its answer was lost) is the same message.
    const again = await upload(
      resident.client,
      residentPath,
      { bytes: photo, name: "Schaden.jpeg" },
      clientId,
    );
    expect(again.status).toBe(200);
    expect(chatEntrySchema.parse(await again.json()).seq).toBe(entry.seq);

    // The agent finds it in the log and downloads it: no metadata left, shown inline, never cached.
    const log = entriesResponseSchema.parse(
      (await agent.client.json("GET", `/api/staff/chat/conversations/${id}/entries`)).body,
    );
    const files = log.entries.filter((e) => e.attachment);
    expect(files).toHaveLength(1);
    const download = await agent.client.fetch(`${agentPath}/${entry.attachment!.id}`);
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("image/jpeg");
    expect(download.headers.get("content-disposition")).toMatch(/^inline; filename="Schaden.jpg"/);
    expect(download.headers.get("x-content-type-options")).toBe("nosniff");
    expect(download.headers.get("cache-control")).toBe("private, no-store");
    const stored = new Uint8Array(await download.arrayBuffer());
    expect(stored.byteLength).toBe(entry.attachment!.size);
    const metadata = await sharp(stored).metadata();
    expect(metadata.exif).toBeUndefined();
    expect(metadata.width).toBe(40);
    expect(Buffer.from(stored).includes(Buffer.from("Exif"))).toBe(false);
  });

  it("carries an agent's PDF to the resident as an attachment download", async () => {
    const { agent, resident, residentPath, agentPath } = await acceptedChat();
    const sent = await upload(agent.client, agentPath, { bytes: PDF, name: "Merkblatt.pdf" });
    expect(sent.status).toBe(201);
    const entry = chatEntrySchema.parse(await sent.json());
    expect(entry).toMatchObject({
      author: "agent",
      attachment: { name: "Merkblatt.pdf", size: PDF.byteLength },
    });
    const download = await resident.client.fetch(`${residentPath}/${entry.attachment!.id}`);
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("application/pdf");
    expect(download.headers.get("content-disposition")).toMatch(/^attachment; filename="Merkblatt.pdf"/);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(PDF);
  });

  it("reads the type from the bytes: a renamed PNG is a PNG, a forged JPEG, an empty file and a too large one are refused", async () => {
    const { resident, residentPath } = await acceptedChat({ CHAT_ATTACHMENT_MAX_BYTES: "4096" });
    const renamed = await upload(resident.client, residentPath, {
      bytes: await png(),
      name: "bescheid.pdf",
      type: "application/pdf",
    });
    expect(renamed.status).toBe(201);
    expect(chatEntrySchema.parse(await renamed.json()).attachment).toMatchObject({
      name: "bescheid.png",
      mediaType: "image/png",
    });

    const refusals: [Response, number, string][] = [
      [
        await upload(resident.client, residentPath, {
          bytes: new TextEncoder().encode("<script>alert(1)</script>"),
          name: "foto.jpg",
          type: "image/jpeg",
        }),
        415,
        "unsupported_file_type",
      ],
      [
        await upload(resident.client, residentPath, {
          bytes: new TextEncoder().encode("MZ\x90\x00 an executable"),
          name: "rechnung.pdf",
          type: "application/pdf",
        }),
        415,
        "unsupported_file_type",
      ],
      [
        await upload(resident.client, residentPath, { bytes: new Uint8Array(0), name: "leer.pdf" }),
        400,
        "validation_failed",
      ],
      [
        await upload(resident.client, residentPath, {
          bytes: new Uint8Array(5000).fill(65),
          name: "gross.pdf",
        }),
        413,
        "file_too_large",
      ],
      // A JPEG header with nothing behind it: not a picture.
      [
        await upload(resident.client, residentPath, {
          bytes: new Uint8Array([
            0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0,
          ]),
          name: "kaputt.jpg",
        }),
        422,
        "image_unreadable",
      ],
      [
        await upload(resident.client, residentPath, { bytes: PDF, name: "a.pdf" }, null),
        400,
        "validation_failed",
      ],
      [
        await upload(resident.client, residentPath, { bytes: PDF, name: "a.pdf" }, "not-a-uuid"),
        400,
        "validation_failed",
      ],
      [await upload(resident.client, residentPath, null), 400, "validation_failed"],
    ];
    for (const [answer, status, code] of refusals) {
      expect(answer.status).toBe(status);
      expect(answer.headers.get("content-type")).toContain("application/problem+json");
      expect(((await answer.json()) as { code: string }).code).toBe(code);
    }
    const json = await resident.client.json("POST", residentPath, { clientId: randomUUID() });
    expect(json.status).toBe(415);
  });

  it("lets only the conversation's resident and its agents download, and writes only into one's own chat", async () => {
    const { resident, id, residentPath, agentPath } = await acceptedChat();
    const sent = chatEntrySchema.parse(
      await (await upload(resident.client, residentPath, { bytes: PDF, name: "Mietvertrag.pdf" })).json(),
    );
    const fileId = sent.attachment!.id;
    // Another anonymous resident, with a chat of their own: as if neither existed.
    const stranger = await startAnonymous(t);
    expect((await stranger.client.fetch(`${residentPath}/${fileId}`)).status).toBe(404);
    expect(
      (
        await stranger.client.fetch(
          `/api/chat/conversations/${stranger.conversation.id}/attachments/${fileId}`,
        )
      ).status,
    ).toBe(404);
    expect((await upload(stranger.client, residentPath, { bytes: PDF, name: "x.pdf" })).status).toBe(404);
    // Another agent: the chat is a colleague's.
    const colleague = await agentOnDuty(t);
    expect((await colleague.client.fetch(`${agentPath}/${fileId}`)).status).toBe(403);
    expect((await upload(colleague.client, agentPath, { bytes: PDF, name: "x.pdf" })).status).toBe(403);
    // Staff who are no agents, and citizens.
    const other = await createAccountWithSession(t, { role: "staff", department: "wirtschaft" });
    expect((await other.client.fetch(`${agentPath}/${fileId}`)).status).toBe(403);
    const citizen = await createAccountWithSession(t, { role: "citizen" });
    expect((await citizen.client.fetch(`${residentPath}/${fileId}`)).status).toBe(404);
    expect((await citizen.client.fetch(`${agentPath}/${fileId}`)).status).toBe(403);
    // A file id of another conversation does not open through one's own.
    expect(id).not.toBe(stranger.conversation.id);
  });

  it("allows 20 files a conversation, and 10 uploads in 10 minutes from the resident", async () => {
    const { agent, resident, residentPath, agentPath } = await acceptedChat();
    for (let i = 0; i < 10; i++) {
      expect((await upload(resident.client, residentPath, { bytes: PDF, name: `r${i}.pdf` })).status).toBe(
        201,
      );
    }
    const tooFast = await upload(resident.client, residentPath, { bytes: PDF, name: "r10.pdf" });
    expect(tooFast.status).toBe(429);
    for (let i = 0; i < 10; i++) {
      expect((await upload(agent.client, agentPath, { bytes: PDF, name: `a${i}.pdf` })).status).toBe(201);
    }
    const full = await upload(agent.client, agentPath, { bytes: PDF, name: "a10.pdf" });
    expect(full.status).toBe(409);
    expect(((await full.json()) as { code: string }).code).toBe("attachment_limit");
  });

  it("deletes the files with their chat after the retention period; a transcript saved to the postbox keeps copies", async () => {
    t = await createTestApp();
    await openAllDay(t);
    const agent = await agentOnDuty(t);
    const gone = await startAnonymous(t);
    const saved = await startSignedIn(t);
    const ids = [gone.conversation.id, saved.conversation.id];
    for (const id of ids) {
      await agent.client.json("POST", `/api/staff/chat/conversations/${id}/accept`);
    }
    await upload(gone.client, `/api/chat/conversations/${ids[0]}/attachments`, { bytes: PDF, name: "a.pdf" });
    await upload(saved.client, `/api/chat/conversations/${ids[1]}/attachments`, {
      bytes: await png(),
      name: "b.png",
    });
    for (const id of ids) {
      await agent.client.json("POST", `/api/staff/chat/conversations/${id}/close`, { outcome: "answered" });
    }
    expect(
      (await saved.client.json("POST", `/api/chat/conversations/${ids[1]}/transcript`)).body,
    ).toMatchObject({ savedToPostbox: true });
    // The postbox message has the photo attached and names it in the text.
    const postbox = await t.db
      .selectFrom("postbox_messages")
      .innerJoin("files", "files.message_id", "postbox_messages.id")
      .select(["postbox_messages.body", "files.name", "files.media_type", "files.kind"])
      .where("postbox_messages.account_id", "=", saved.account.id)
      .execute();
    expect(postbox).toHaveLength(1);
    expect(postbox[0]).toMatchObject({ name: "b.png", media_type: "image/png", kind: "attachment" });
    expect(postbox[0]!.body).toContain("Datei: b.png");

    const longAgo = new Date(Date.now() - 91 * 24 * 3600_000).toISOString();
    await t.db.updateTable("chat_conversations").set({ ended_at: longAgo }).where("id", "in", ids).execute();
    const chatFiles = () =>
      t.db.selectFrom("files").select("name").where("kind", "=", "chat").orderBy("name").execute();
    expect(await chatFiles()).toEqual([{ name: "a.pdf" }, { name: "b.png" }]);
    await deleteExpiredChats(t.db, t.config.chatRetentionDays, Date.now());
    // The expired chat's file went with it; the saved chat is kept whole, and so is the postbox copy.
    expect(await chatFiles()).toEqual([{ name: "b.png" }]);
    const copies = await t.db.selectFrom("files").select("name").where("kind", "=", "attachment").execute();
    expect(copies).toEqual([{ name: "b.png" }]);
  });
});
