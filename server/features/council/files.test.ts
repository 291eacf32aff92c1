// Council files through our server (GET /api/council/files/{id}) against a stand-in file server on
// 127.0.0.1: fetched once and then read from the cache, upstream faults as problem+json, files too
// large or of the wrong type refused, the least recently used evicted, the sample's own PDFs served.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { councilPaperSchema, COUNCIL_PAPERS_COLLECTION } from "../../../src/lib/contract/council";
import { readPublicEntry } from "../../platform/sync/store";
import { type CouncilFileStandIn, startCouncilFileStandIn } from "../../testing/council-file-stand-in";
import { fileAt, paperWith, papersWrite } from "../../testing/council-writes";
import { createTestApp, type TestApp } from "../../testing/test-app";
import { councilIndexingSettled, CouncilFileError, openCouncilFile } from "./files";
import { renderSamplePdf } from "./seed/sample-files";
import { seedCouncilOnFirstStart } from "./seed";
import { councilId, writeCouncil } from "./service";
import { cachedFileKeys, readFileText } from "./files-store";

let t: TestApp;
let upstream: CouncilFileStandIn;
beforeEach(async () => {
  t = await createTestApp();
  upstream = await startCouncilFileStandIn();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await councilIndexingSettled();
  await upstream.close();
  await t.close();
});

const pdf = (text: string) => renderSamplePdf({ title: "Vorlage", paragraphs: [text] });

/** Stores one paper with one file per path at the stand-in; returns the files' ids. */
async function storeFiles(paths: string[]): Promise<string[]> {
  const files = paths.map((path, index) =>
    fileAt(`f${index}`, upstream.url(path), { name: `Anlage ${index}` }),
  );
  await writeCouncil(t.db, papersWrite([paperWith("p1", files)]), false);
  return files.map((file) => councilId(file.id));
}

const get = (id: string, headers: Record<string, string> = {}) =>
  t.app.request(`/api/council/files/${id}`, { headers });

describe("GET /api/council/files/{id}", () => {
  it("fetches a file once, then answers from the cache with type, name, ETag and caching", async () => {
    const body = await pdf("Hallenboden und Prallschutz");
    upstream.files.set("/docs/vorlage.pdf", { body, type: "application/octet-stream" });
    const [id] = await storeFiles(["/docs/vorlage.pdf"]);

    // The record the devices sync links the file by this id.
    const record = councilPaperSchema.parse(
      (await readPublicEntry(t.db, COUNCIL_PAPERS_COLLECTION, councilId("https://ris.test/papers/p1")))?.data,
    );
    expect(record.files[0]?.id).toBe(id);

    const first = await get(id!);
    expect(first.status).toBe(200);
    // The type is read from the content, not from the upstream's header.
    expect(first.headers.get("content-type")).toBe("application/pdf");
    expect(first.headers.get("content-disposition")).toBe(
      `inline; filename="Anlage 0.pdf"; filename*=UTF-8''Anlage%200.pdf`,
    );
    expect(first.headers.get("cache-control")).toBe("public, max-age=86400");
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    expect(new Uint8Array(await first.arrayBuffer())).toEqual(body);

    const second = await get(id!);
    expect(second.status).toBe(200);
    expect(new Uint8Array(await second.arrayBuffer())).toEqual(body);
    expect(upstream.hits.get("/docs/vorlage.pdf")).toBe(1);

    const revalidated = await get(id!, { "if-none-match": etag! });
    expect(revalidated.status).toBe(304);
    expect(upstream.hits.get("/docs/vorlage.pdf")).toBe(1);

    // Its text was read for the search once it was served.
    await councilIndexingSettled();
    expect((await readFileText(t.db, id!))?.text).toContain("Hallenboden und Prallschutz");
  });

  it("answers 404 for an id no record names, without asking anyone", async () => {
    await storeFiles(["/a.pdf"]);
    const response = await get("AAAAAAAAAAAAAAAAAAAAAA");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(upstream.hits.size).toBe(0);
  });

  it("turns upstream errors into 502 problems and caches nothing", async () => {
    upstream.files.set("/broken.pdf", { status: 500 });
    const [missing, broken] = await storeFiles(["/missing.pdf", "/broken.pdf"]);
    for (const id of [missing!, broken!]) {
      const response = await get(id);
      expect(response.status).toBe(502);
      expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      expect(((await response.json()) as { code: string }).code).toBe("upstream_failed");
    }
    expect(await cachedFileKeys(t.db)).toEqual([]);
  });

  it("answers 504 when the upstream does not answer in time", async () => {
    upstream.files.set("/slow.pdf", { hang: true });
    const [id] = await storeFiles(["/slow.pdf"]);
    // The route's 30 s deadline, shortened for the test.
    const timeout = AbortSignal.timeout.bind(AbortSignal);
    vi.spyOn(AbortSignal, "timeout").mockImplementation(() => timeout(300));
    const response = await get(id!);
    expect(response.status).toBe(504);
    expect(((await response.json()) as { code: string }).code).toBe("upstream_timeout");
  });

  it("refuses a file declared larger than the limit and one that is not a document", async () => {
    upstream.files.set("/huge.pdf", { declaredBytes: 41 * 1024 * 1024 });
    upstream.files.set("/page.html", {
      body: new TextEncoder().encode("<html><script>alert(1)</script></html>"),
    });
    const [huge, page] = await storeFiles(["/huge.pdf", "/page.html"]);
    const tooLarge = await get(huge!);
    expect(tooLarge.status).toBe(502);
    expect(((await tooLarge.json()) as { code: string }).code).toBe("file_too_large");
    const html = await get(page!);
    expect(html.status).toBe(502);
    expect(((await html.json()) as { code: string }).code).toBe("unsupported_file_type");
    expect(await cachedFileKeys(t.db)).toEqual([]);
  });

  it("serves the sample papers' own PDFs without any upstream", async () => {
    await seedCouncilOnFirstStart(t.db);
    const id = councilId("https://sample.invalid/oparl/files/v2");
    const response = await get(id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    expect((await readFileText(t.db, id))?.text).toMatch(/Beispielinhalt.*Hallenboden/s);
  });
});

describe("the file cache", () => {
  it("stops reading a body that grows past the limit", async () => {
    upstream.files.set("/endless.pdf", { endlessChunks: 64 * 1024 });
    const [id] = await storeFiles(["/endless.pdf"]);
    await expect(openCouncilFile(t.db, id!, { maxBytes: 1024 * 1024 })).rejects.toMatchObject({
      reason: "too-large",
    });
    await expect(openCouncilFile(t.db, id!, { maxBytes: 1024 * 1024 })).rejects.toBeInstanceOf(
      CouncilFileError,
    );
  });

  it("evicts the least recently used files beyond its size, never the sample's", async () => {
    await seedCouncilOnFirstStart(t.db);
    const bodies = await Promise.all(["eins", "zwei", "drei"].map((word) => pdf(word)));
    bodies.forEach((body, index) => upstream.files.set(`/${index}.pdf`, { body }));
    const ids = await storeFiles(["/0.pdf", "/1.pdf", "/2.pdf"]);
    // Room for two of them.
    const cacheBytes = bodies[0]!.byteLength + bodies[1]!.byteLength + 10;
    let minute = 0;
    const at = () => ({ cacheBytes, now: () => new Date(Date.UTC(2026, 11, 1, 10, minute++)) });
    await openCouncilFile(t.db, ids[0]!, at());
    await openCouncilFile(t.db, ids[1]!, at());
    await openCouncilFile(t.db, ids[0]!, at()); // used again: the second is now the oldest
    await openCouncilFile(t.db, ids[2]!, at());
    const cached = await cachedFileKeys(t.db);
    expect(cached).toContain(ids[0]);
    expect(cached).toContain(ids[2]);
    expect(cached).not.toContain(ids[1]);
    expect(cached).toContain(councilId("https://sample.invalid/oparl/files/v1"));
    // The evicted one is fetched again on its next opening.
    await openCouncilFile(t.db, ids[1]!, at());
    expect(upstream.hits.get("/1.pdf")).toBe(2);
    expect(upstream.hits.get("/0.pdf")).toBe(1);
  });

  it("fetches a file again when the import moved it", async () => {
    const body = await pdf("alt");
    upstream.files.set("/old.pdf", { body });
    upstream.files.set("/new.pdf", { body: await pdf("neu") });
    const [id] = await storeFiles(["/old.pdf"]);
    await openCouncilFile(t.db, id!);
    await storeFiles(["/new.pdf"]);
    const moved = await openCouncilFile(t.db, id!);
    expect(moved.fetched).toBe(true);
    expect(upstream.hits.get("/new.pdf")).toBe(1);
  });
});
