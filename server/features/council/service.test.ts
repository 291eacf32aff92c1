// The council import end to end on the server: the OParl stand-in → the council tables → the public
// feed the devices sync (/api/sync/council-*), with deletions, sample content and broken answers.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  COUNCIL_MEETINGS_COLLECTION,
  COUNCIL_ORGANIZATIONS_COLLECTION,
  COUNCIL_PAPERS_COLLECTION,
  COUNCIL_PERSONS_COLLECTION,
  councilMeetingSchema,
  councilOrganizationSchema,
  councilPaperSchema,
  councilPersonSchema,
} from "../../../src/lib/contract/council";
import { syncPageSchema } from "../../../src/lib/contract/sync";
import { createOparlClient } from "../../integrations/oparl";
import { listEntries } from "../../platform/sync/store";
import { type OparlStandIn, standardContent, startOparlStandIn } from "../../testing/oparl-stand-in";
import { createTestApp, type TestApp } from "../../testing/test-app";
import { seedCouncilOnFirstStart } from "./seed";
import { councilId, councilImportedAt, runCouncilImport } from "./service";
import { nextRunDelayMs } from "./poller";

let t: TestApp;
let standIn: OparlStandIn;
const client = () => createOparlClient({ timeoutMs: 2_000, attempts: 2, retryDelayMs: 10 });
const importNow = (at = new Date()) => runCouncilImport(t.db, client(), standIn.systemUrl, at);

beforeEach(async () => {
  t = await createTestApp();
  standIn = await startOparlStandIn();
});
afterEach(async () => {
  await standIn.close();
  await t.close();
});

async function feed(collection: string) {
  const response = await t.app.request(`/api/sync/${collection}`);
  expect(response.status).toBe(200);
  return syncPageSchema.parse(await response.json());
}

const records = async <T>(collection: string, schema: { parse: (v: unknown) => T }) =>
  (await listEntries(t.db, collection)).map((entry) => schema.parse(entry.data));

describe("council import into the public feed", () => {
  it("serves meetings with their agenda, papers, committees and persons to anyone", async () => {
    const outcome = await importNow();
    expect(outcome).toMatchObject({ full: true, deletions: 0, unavailable: [] });
    const meetings = await feed(COUNCIL_MEETINGS_COLLECTION);
    expect(meetings.changes).toHaveLength(2);
    const councilId900 = councilId("https://ris.example.org/oparl/meetings/900");
    expect(meetings.changes.map((c) => c.id)).toContain(councilId900);
    const council = (await records(COUNCIL_MEETINGS_COLLECTION, councilMeetingSchema)).find(
      (m) => m.id === councilId900,
    )!;
    expect(council).toMatchObject({
      name: "Sitzung des Rates",
      start: "2026-12-10T17:00:00+01:00",
      location: "Rathaus, Ratssaal",
      organizations: [{ name: "Rat der Stadt Delmenhorst" }],
      sample: false,
    });
    expect(council.agenda.map((i) => i.number)).toEqual(["4.", "4.3", "10.", "11."]);
    // The agenda item's paper, through its consultation.
    expect(council.agenda[0]).toMatchObject({
      paperId: councilId("https://ris.example.org/oparl/papers/42"),
      paperReference: "BV 2026/0042",
      result: "beschlossen",
    });
    // The non-public part keeps its number only.
    expect(council.agenda[3]).toMatchObject({ number: "11.", name: "", public: false, result: null });

    const papers = await records(COUNCIL_PAPERS_COLLECTION, councilPaperSchema);
    const paper = papers.find((p) => p.reference === "BV 2026/0042")!;
    expect(paper.consultations).toEqual([
      expect.objectContaining({
        meetingId: council.id,
        meetingName: "Sitzung des Rates",
        role: "Entscheidung",
        result: "beschlossen",
        organizations: [
          {
            id: councilId("https://ris.example.org/oparl/organizations/1"),
            name: "Rat der Stadt Delmenhorst",
          },
        ],
      }),
    ]);
    expect(paper.files).toEqual([
      {
        // Our id of the file: GET /api/council/files/{id} serves it through our server.
        id: councilId("https://ris.example.org/oparl/files/77"),
        name: "Vorlage",
        mimeType: "application/pdf",
        size: null,
        url: "https://ris.example.org/files/77.pdf",
      },
    ]);
    const [committee] = (await records(COUNCIL_ORGANIZATIONS_COLLECTION, councilOrganizationSchema)).filter(
      (o) => o.name === "Rat der Stadt Delmenhorst",
    );
    expect(committee!.members).toEqual([
      expect.objectContaining({ name: "Erika Beispiel", role: "Ratsfrau" }),
    ]);
    const persons = await records(COUNCIL_PERSONS_COLLECTION, councilPersonSchema);
    expect(persons.find((p) => p.name === "Erika Beispiel")!.memberships).toEqual([
      expect.objectContaining({ organizationName: "Rat der Stadt Delmenhorst", startDate: "2021-11-01" }),
    ]);
    expect(await councilImportedAt(t.db)).toBeDefined();
  });

  it("applies changes and deletions incrementally, replacing embedded lists whole", async () => {
    await importNow();
    const { cursor } = await feed(COUNCIL_PAPERS_COLLECTION);
    standIn.remove("papers", "https://oparl.example.org/paper/749", { bare: true });
    const meeting = structuredClone(standardContent().meetings![1]!);
    meeting.agendaItem = [
      { id: "https://ris.example.org/oparl/agendaitems/9", number: "1.", name: "Neue Tagesordnung" },
    ];
    standIn.put("meetings", meeting);
    const outcome = await importNow();
    expect(outcome).toMatchObject({ full: false, deletions: 1, upserts: 1 });
    expect(standIn.requests.some((r) => r.startsWith("/oparl/papers?modified_since="))).toBe(true);

    const response = await t.app.request(`/api/sync/${COUNCIL_PAPERS_COLLECTION}?since=${cursor}`);
    const changes = syncPageSchema.parse(await response.json()).changes;
    expect(changes).toContainEqual({ id: councilId("https://oparl.example.org/paper/749"), op: "delete" });
    const council = (await records(COUNCIL_MEETINGS_COLLECTION, councilMeetingSchema)).find(
      (m) => m.id === councilId("https://ris.example.org/oparl/meetings/900"),
    )!;
    expect(council.agenda.map((i) => i.name)).toEqual(["Neue Tagesordnung"]);
  });

  it("replaces the legislative terms whole on each run: a term the list reports deleted goes", async () => {
    await importNow();
    const terms = async () =>
      (await records(COUNCIL_ORGANIZATIONS_COLLECTION, councilOrganizationSchema))[0]!.legislativeTerms;
    expect((await terms())!.map((term) => term.name)).toEqual(["Wahlperiode V", "Wahlperiode VI"]);
    const { cursor } = await feed(COUNCIL_ORGANIZATIONS_COLLECTION);
    standIn.setBodyKey("legislativeTermList", `${standIn.baseUrl}/oparl/legislative-terms`);
    standIn.termList = [
      { id: "https://ratsinfo.leipzig.de/bi/oparl/1.0/legislativeTerms.asp?id=1", deleted: true },
      { id: "https://ris.example.org/oparl/terms/7", name: "Wahlperiode VII", startDate: "2019-06-01" },
    ];
    expect(await importNow()).toMatchObject({ full: false });
    expect(await terms()).toEqual([
      { name: "Wahlperiode VI", startDate: "2014-12-18", endDate: "2019-05-31" },
      { name: "Wahlperiode VII", startDate: "2019-06-01", endDate: null },
    ]);
    // The committees' records changed with them, so the devices get the terms on their next sync.
    const response = await t.app.request(`/api/sync/${COUNCIL_ORGANIZATIONS_COLLECTION}?since=${cursor}`);
    expect(syncPageSchema.parse(await response.json()).changes.length).toBeGreaterThan(0);
    const rows = await t.db.selectFrom("council_legislative_terms").select("id").orderBy("id").execute();
    expect(rows.map((row) => row.id)).toEqual([
      "https://ratsinfo.leipzig.de/bi/oparl/1.0/legislativeTerms.asp?id=2",
      "https://ris.example.org/oparl/terms/7",
    ]);
  });

  for (const emptyAnswer of ["bare-array", "code-802"] as const) {
    it(`changes nothing on an empty modified_since answer (${emptyAnswer})`, async () => {
      await importNow();
      const before = await listEntries(t.db, COUNCIL_MEETINGS_COLLECTION);
      standIn.emptyAnswer = emptyAnswer;
      const outcome = await importNow(new Date(Date.now() + 3600_000));
      expect(outcome).toMatchObject({ upserts: 0, deletions: 0 });
      expect(await listEntries(t.db, COUNCIL_MEETINGS_COLLECTION)).toEqual(before);
    });
  }

  it("keeps the last good state when an answer breaks halfway through a run", async () => {
    await importNow();
    const importedAt = await councilImportedAt(t.db);
    const before = await listEntries(t.db, COUNCIL_PAPERS_COLLECTION);
    standIn.remove("meetings", "https://oparl.example.org/meeting/281");
    standIn.script("/oparl/papers", [{ status: 500 }, { status: 500 }]);
    await expect(importNow()).rejects.toMatchObject({ reason: "http 500" });
    expect(await listEntries(t.db, COUNCIL_PAPERS_COLLECTION)).toEqual(before);
    // The meeting deleted before the broken list is still there: nothing of the run was applied.
    expect(await listEntries(t.db, COUNCIL_MEETINGS_COLLECTION)).toHaveLength(2);
    expect(await councilImportedAt(t.db)).toBe(importedAt);
    // The next good run catches up, deletion included.
    await importNow();
    expect(await listEntries(t.db, COUNCIL_MEETINGS_COLLECTION)).toHaveLength(1);
  });
});

describe("sample content", () => {
  it("publishes the seed, marked sample, valid for the devices", async () => {
    expect(await seedCouncilOnFirstStart(t.db)).toBe(true);
    expect(await seedCouncilOnFirstStart(t.db)).toBe(false);
    const meetings = await records(COUNCIL_MEETINGS_COLLECTION, councilMeetingSchema);
    expect(meetings.length).toBeGreaterThanOrEqual(3);
    expect(meetings.every((m) => m.sample && m.agenda.length > 0)).toBe(true);
    const rat = meetings.find((m) => m.name.includes("Rates"))!;
    // No `order` in the seed either: sorted by number.
    expect(rat.agenda.map((i) => i.number)).toEqual(["1.", "2.", "3.", "4.1", "10."]);
    const papers = await records(COUNCIL_PAPERS_COLLECTION, councilPaperSchema);
    expect(papers.every((p) => p.sample)).toBe(true);
    expect(papers.find((p) => p.reference === "BV 2026/0142")!.consultations).toHaveLength(2);
    const committees = await records(COUNCIL_ORGANIZATIONS_COLLECTION, councilOrganizationSchema);
    expect(committees.find((c) => c.shortName === "Rat")!.members.length).toBeGreaterThanOrEqual(3);
    expect(committees.every((c) => c.legislativeTerms?.length === 2)).toBe(true);
    expect(committees[0]!.legislativeTerms).toEqual([
      { name: "Wahlperiode 2021–2026", startDate: "2021-11-01", endDate: "2026-10-31" },
      { name: "Wahlperiode 2026–2031", startDate: "2026-11-01", endDate: "2031-10-31" },
    ]);
  });

  it("leaves when the first real import arrives", async () => {
    await seedCouncilOnFirstStart(t.db);
    await importNow();
    const meetings = await records(COUNCIL_MEETINGS_COLLECTION, councilMeetingSchema);
    expect(meetings.map((m) => m.sample)).toEqual([false, false]);
    expect((await feed(COUNCIL_PERSONS_COLLECTION)).changes).toHaveLength(2);
    const [committee] = await records(COUNCIL_ORGANIZATIONS_COLLECTION, councilOrganizationSchema);
    expect(committee!.legislativeTerms!.map((term) => term.name)).toEqual([
      "Wahlperiode V",
      "Wahlperiode VI",
    ]);
  });
});

it("backs off after failed runs, up to the poll interval", () => {
  expect(nextRunDelayMs(0, 900)).toBe(900_000);
  expect(nextRunDelayMs(1, 900)).toBe(60_000);
  expect(nextRunDelayMs(3, 900)).toBe(240_000);
  expect(nextRunDelayMs(10, 900)).toBe(900_000);
});
