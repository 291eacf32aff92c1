// The search in the council's papers (GET /api/council/search?q=), on SQLite (FTS5) and PostgreSQL
// (tsvector, German stemming): a word only in a paper's PDF finds it, title hits come first, a PDF
// that cannot be read keeps its last text, and the prefetch after an import reads PDFs nobody opened.
import { afterEach, beforeEach, expect, it } from "vitest";
import { councilSearchAnswerSchema } from "../../../src/lib/contract/council";
import { type CouncilFileStandIn, startCouncilFileStandIn } from "../../testing/council-file-stand-in";
import { fileAt, paperWith, papersWrite } from "../../testing/council-writes";
import { createTestApp, databaseKind, type TestApp } from "../../testing/test-app";
import { indexFileText, prefetchPaperFiles } from "./files";
import { seedCouncilOnFirstStart } from "./seed";
import { renderSamplePdf } from "./seed/sample-files";
import { councilId, writeCouncil } from "./service";
import { cachedFileKeys, deleteOrphanFileData, readFileText } from "./files-store";

let t: TestApp;
let upstream: CouncilFileStandIn;
beforeEach(async () => {
  t = await createTestApp();
  upstream = await startCouncilFileStandIn();
});
afterEach(async () => {
  await upstream.close();
  await t.close();
});

async function search(q: string) {
  const response = await t.app.request(`/api/council/search?q=${encodeURIComponent(q)}`);
  expect(response.status).toBe(200);
  return councilSearchAnswerSchema.parse(await response.json()).hits;
}

const pdf = (...paragraphs: string[]) => renderSamplePdf({ title: "Beschlussvorlage", paragraphs });

async function storeTwoPapers() {
  upstream.files.set("/gym.pdf", {
    body: await pdf(
      "Vorgesehen ist eine barrierefreie Umkleide mit Dusche und ein neuer Hallenboden der Turnhalle.",
    ),
  });
  upstream.files.set("/bike.pdf", {
    body: await pdf("Fahrradbügel an den Haltestellen; die Turnhalle bleibt unberührt."),
  });
  await writeCouncil(
    t.db,
    papersWrite([
      {
        ...paperWith("gym", [fileAt("gym", upstream.url("/gym.pdf"))], "Sanierung der Sporthalle"),
        date: "2026-11-02",
      },
      {
        ...paperWith("bike", [fileAt("bike", upstream.url("/bike.pdf"))], "Radwege in der Turnhallenstraße"),
        date: "2026-11-10",
      },
    ]),
    false,
  );
  const outcome = await prefetchPaperFiles(t.db, { limit: 10 });
  expect(outcome).toEqual({ indexed: 2, failed: 0 });
}

it("finds a paper by a word that is only in its PDF, with a snippet", async () => {
  await storeTwoPapers();
  const hits = await search("hallenboden");
  expect(hits).toHaveLength(1);
  expect(hits[0]).toMatchObject({
    id: councilId("https://ris.test/papers/gym"),
    name: "Sanierung der Sporthalle",
    match: "text",
  });
  expect(hits[0]?.snippet).toMatch(/Hallenboden/);
  // Every word must be there: one word missing finds nothing.
  expect(await search("Hallenboden Fahrradbügel")).toEqual([]);
  // Umlauts and case do not matter.
  expect((await search("FAHRRADBÜGEL")).map((hit) => hit.name)).toEqual(["Radwege in der Turnhallenstraße"]);
});

it("ranks title hits before document hits", async () => {
  await storeTwoPapers();
  // Both PDFs name the Turnhalle; only the bike paper's title does (Turnhallenstraße).
  const hits = await search("Turnhalle");
  expect(hits.map((hit) => [hit.name, hit.match])).toEqual([
    ["Radwege in der Turnhallenstraße", "title"],
    ["Sanierung der Sporthalle", "text"],
  ]);
  expect(hits[1]?.snippet).toMatch(/Turnhalle/);
});

it.runIf(databaseKind === "postgresql")("stems German words on PostgreSQL", async () => {
  await storeTwoPapers();
  // The PDF says "Umkleide" and "Dusche"; the plural and another form find it.
  expect((await search("Umkleiden Duschen")).map((hit) => hit.name)).toEqual(["Sanierung der Sporthalle"]);
});

it("finds words by their beginning on every database", async () => {
  await storeTwoPapers();
  expect((await search("barrierefrei")).map((hit) => hit.name)).toEqual(["Sanierung der Sporthalle"]);
});

it("skips a PDF that cannot be read and keeps its last text", async () => {
  await storeTwoPapers();
  const key = councilId("https://ris.test/files/gym");
  const outcome = await indexFileText(
    t.db,
    key,
    { content: new TextEncoder().encode("%PDF-1.7\nnot really a pdf"), mediaType: "application/pdf" },
    new Date(),
  );
  expect(outcome).toBe("failed");
  const state = await readFileText(t.db, key);
  expect(state?.failure).toBeTruthy();
  expect(state?.text).toContain("Hallenboden");
  expect((await search("Hallenboden")).map((hit) => hit.name)).toEqual(["Sanierung der Sporthalle"]);
});

it("searches the sample papers' documents after the seed", async () => {
  await seedCouncilOnFirstStart(t.db);
  const hits = await search("Regenrückhaltebecken");
  expect(hits.map((hit) => [hit.name, hit.match])).toEqual([
    ["Bebauungsplan Nr. 42 „Am Wollepark“ – Aufstellungsbeschluss", "text"],
  ]);
});

it("drops the cached bytes and texts of files an import removed", async () => {
  await storeTwoPapers();
  await writeCouncil(t.db, papersWrite([], ["https://ris.test/papers/gym"]), false);
  // The search joins the papers: the gone paper is not found even before the sweep.
  expect(await search("Hallenboden")).toEqual([]);
  await deleteOrphanFileData(t.db);
  expect(await readFileText(t.db, councilId("https://ris.test/files/gym"))).toBeUndefined();
  expect(await cachedFileKeys(t.db)).toEqual([councilId("https://ris.test/files/bike")]);
  expect((await search("Fahrradbügel")).map((hit) => hit.name)).toEqual(["Radwege in der Turnhallenstraße"]);
});

it("prefetches a bounded number of unread PDFs per run, skipping other types and failed files", async () => {
  for (const name of ["a", "b", "c"]) upstream.files.set(`/${name}.pdf`, { body: await pdf(`Wort${name}`) });
  const files = [
    fileAt("a", upstream.url("/a.pdf"), { mimeType: "application/pdf" }),
    fileAt("b", upstream.url("/b.pdf")),
    fileAt("c", upstream.url("/c.pdf")),
    fileAt("gone", upstream.url("/gone.pdf")),
    fileAt("sheet", upstream.url("/sheet.xlsx"), {
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    }),
  ];
  await writeCouncil(t.db, papersWrite([paperWith("many", files)]), false);
  expect(await prefetchPaperFiles(t.db, { limit: 2 })).toEqual({ indexed: 2, failed: 0 });
  expect(await prefetchPaperFiles(t.db, { limit: 2 })).toEqual({ indexed: 1, failed: 1 });
  // Everything read or noted as failed: nothing is fetched again, the spreadsheet never.
  expect(await prefetchPaperFiles(t.db, { limit: 2 })).toEqual({ indexed: 0, failed: 0 });
  expect(upstream.hits.get("/gone.pdf")).toBe(1);
  expect(upstream.hits.has("/sheet.xlsx")).toBe(false);
  expect((await search("Wortc")).map((hit) => hit.name)).toEqual(["Vorlage many"]);
});

it("refuses an empty query", async () => {
  const response = await t.app.request("/api/council/search?q=%20");
  expect(response.status).toBe(400);
});
