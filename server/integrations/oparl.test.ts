import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createOparlClient, OparlError, parseLenientJson } from "./oparl";
import { compareAgendaNumbers, normalizeLegislativeTerm, pointOf } from "./oparl-normalize";
import { type OparlStandIn, readOparlFixture, startOparlStandIn } from "../testing/oparl-stand-in";

let standIn: OparlStandIn;
const client = (timeoutMs = 2_000) => createOparlClient({ timeoutMs, attempts: 3, retryDelayMs: 10 });

beforeEach(async () => {
  standIn = await startOparlStandIn();
});
afterEach(() => standIn.close());

describe("full import from the stand-in", () => {
  it("reads every list through all its pages", async () => {
    const changes = await client().readChanges(standIn.systemUrl);
    expect(changes.meetings.upserts.map((m) => m.id)).toEqual([
      "https://oparl.example.org/meeting/281",
      "https://ris.example.org/oparl/meetings/900",
    ]);
    expect(changes.papers.upserts).toHaveLength(2);
    expect(changes.organizations.upserts).toHaveLength(2);
    expect(changes.persons.upserts).toHaveLength(2);
    expect(changes.locations.upserts).toHaveLength(1);
    expect(changes.unavailable).toEqual([]);
    // One item per page: the second page came through `links.next`.
    expect(standIn.requests).toContain("/oparl/meetings?page=2");
    expect(standIn.requests.some((r) => r.startsWith("/oparl/meetings?page=3"))).toBe(false);
  });

  it("keeps the spec's embedded agenda items, files and consultations", async () => {
    const changes = await client().readChanges(standIn.systemUrl);
    const meeting = changes.meetings.upserts.find((m) => m.id.endsWith("/meeting/281"))!;
    expect(meeting.name).toBe("4. Sitzung des Finanzausschusses");
    expect(meeting.agendaItems).toEqual([
      expect.objectContaining({ number: "10.1", result: "Geändert beschlossen", public: true }),
    ]);
    expect(meeting.files.map((f) => f.role)).toEqual([
      "invitation",
      "resultsProtocol",
      "verbatimProtocol",
      "auxiliaryFile",
    ]);
    const paper = changes.papers.upserts.find((p) => p.id.endsWith("/paper/749"))!;
    expect(paper.consultations[0]).toMatchObject({
      meetingId: "https://oparl.example.org/meeting/243",
      role: "Beschlussfassung",
    });
    expect(paper.files[0]).toMatchObject({
      role: "mainFile",
      accessUrl: "https://oparl.example.org/files/57737.pdf",
    });
    const person = changes.persons.upserts.find((p) => p.id.endsWith("/person/29"))!;
    expect(person.memberships.map((m) => m.role)).toEqual(["Vorsitzende", "Sachkundige Bürgerin"]);
  });
});

describe("quirks of real servers", () => {
  it("cleans N/A, trailing spaces, broken offsets, vendor keys and swapped coordinates", async () => {
    const changes = await client().readChanges(standIn.systemUrl);
    const meeting = changes.meetings.upserts.find((m) => m.id.endsWith("/meetings/900"))!;
    expect(meeting.name).toBe("Sitzung des Rates");
    expect(meeting.start).toBe("2026-12-10T17:00:00+01:00");
    expect(meeting.end).toBeUndefined();
    expect(meeting).not.toHaveProperty("x-allris-silfdnr");
    expect(meeting.location).toEqual({
      id: "https://ris.example.org/oparl/locations/7",
      description: "Rathaus, Ratssaal",
      lat: 53.0496,
      lon: 8.6319,
    });
    // Without `order`: by number, naturally.
    expect(meeting.agendaItems.map((i) => i.number)).toEqual(["4.", "4.3", "10.", "11."]);
    expect(meeting.agendaItems[1]!.result).toBeUndefined();
    expect(meeting.agendaItems[3]!.public).toBe(false);
    const organization = changes.organizations.upserts.find((o) => o.id.endsWith("/organizations/1"))!;
    expect(organization).toMatchObject({ name: "Rat der Stadt Delmenhorst", shortName: undefined });
    const person = changes.persons.upserts.find((p) => p.id.endsWith("/persons/5"))!;
    expect(person.name).toBe("Erika Beispiel");
    expect(person.memberships[0]).toMatchObject({ startDate: "2021-11-01", personId: person.id });
    const paper = changes.papers.upserts.find((p) => p.id.endsWith("/papers/42"))!;
    expect(paper.files[0]!.size).toBeUndefined();
  });

  it("reads a page with control characters in its JSON", async () => {
    const page = JSON.stringify({
      data: [
        { id: "https://ris.example.org/oparl/papers/1", name: "Antrag\u0001 Radweg\u0007", reference: "A 1" },
      ],
      links: {},
    })
      .replace(/\\u0001/, "\u0001")
      .replace(/\\u0007/, "\u0007");
    expect(page).toContain("\u0001");
    standIn.script("/oparl/papers", [{ text: page }]);
    const changes = await client().readChanges(standIn.systemUrl);
    expect(changes.papers.upserts.map((p) => p.name)).toEqual(["Antrag Radweg"]);
  });

  it("reads a list missing behind a 404 HTML page, or answered by the Body, as unavailable", async () => {
    standIn.setBodyKey("locationList", `${standIn.baseUrl}/oparl/no-such-list`);
    standIn.setBodyKey("membership", `${standIn.baseUrl}/oparl/body`);
    const changes = await client().readChanges(standIn.systemUrl);
    expect(changes.unavailable.sort()).toEqual(["locations", "memberships"]);
    expect(changes.meetings.upserts).toHaveLength(2);
  });

  it("retries 5xx answers and slow answers with a backoff", async () => {
    standIn.script("/oparl/meetings", [{ status: 503 }, { delayMs: 600 }]);
    const changes = await client(300).readChanges(standIn.systemUrl);
    expect(changes.meetings.upserts).toHaveLength(2);
    expect(standIn.requests.filter((r) => r === "/oparl/meetings")).toHaveLength(3);
  });

  it("fails the run when an answer stays broken", async () => {
    standIn.script("/oparl/papers", [{ status: 500 }, { status: 502 }, { status: 500 }]);
    await expect(client().readChanges(standIn.systemUrl)).rejects.toMatchObject({ reason: "http 500" });
    standIn.script("/oparl/persons", [{ text: '{"data": [{"id": "x"' }]);
    await expect(client().readChanges(standIn.systemUrl)).rejects.toBeInstanceOf(OparlError);
  });

  it("stops on a loop of next links", async () => {
    const loop = { data: [], links: { next: `${standIn.baseUrl}/oparl/papers` } };
    standIn.script("/oparl/papers", [{ body: loop }, { body: loop }]);
    await expect(client().readChanges(standIn.systemUrl)).rejects.toMatchObject({ reason: "too many pages" });
  });
});

describe("incremental reads", () => {
  it("asks with modified_since and reports deletions, also without a type", async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    standIn.remove("papers", "https://oparl.example.org/paper/749");
    standIn.remove("meetings", "https://oparl.example.org/meeting/281", { bare: true });
    const changes = await client().readChanges(standIn.systemUrl, since);
    expect(changes.papers).toEqual({
      upserts: [],
      deletions: ["https://oparl.example.org/paper/749"],
      skipped: 0,
    });
    expect(changes.meetings.deletions).toEqual(["https://oparl.example.org/meeting/281"]);
    expect(standIn.requests).toContain(`/oparl/papers?modified_since=${encodeURIComponent(since)}`);
  });

  for (const emptyAnswer of ["page", "bare-array", "code-802"] as const) {
    it(`reads an empty modified_since answer (${emptyAnswer}) as no change`, async () => {
      standIn.emptyAnswer = emptyAnswer;
      const changes = await client().readChanges(standIn.systemUrl, new Date().toISOString());
      for (const list of ["meetings", "papers", "organizations", "persons"] as const) {
        expect(changes[list]).toEqual({ upserts: [], deletions: [], skipped: 0 });
      }
      expect(changes.unavailable).toEqual([]);
    });
  }
});

describe("helpers", () => {
  it("orders agenda numbers naturally", () => {
    const numbers = ["10.", "4.3", "Ö 1", "4.", "4.10", undefined, "4.2a"];
    expect([...numbers].sort(compareAgendaNumbers)).toEqual([
      "4.",
      "4.2a",
      "4.3",
      "4.10",
      "10.",
      "Ö 1",
      undefined,
    ]);
    expect(compareAgendaNumbers("4.", "4.3")).toBeLessThan(0);
    expect(compareAgendaNumbers("4.3", "10.")).toBeLessThan(0);
    expect(compareAgendaNumbers("4.3", "4.10")).toBeLessThan(0);
  });

  it("swaps a point only where the swap lands in Delmenhorst", () => {
    expect(pointOf({ type: "Point", coordinates: [53.05, 8.63] })).toEqual({ lat: 53.05, lon: 8.63 });
    expect(pointOf({ type: "Point", coordinates: [8.63, 53.05] })).toEqual({ lat: 53.05, lon: 8.63 });
    expect(pointOf({ type: "Feature", geometry: { type: "Point", coordinates: [7.03, 50.98] } })).toEqual({
      lat: 50.98,
      lon: 7.03,
    });
    expect(pointOf({ type: "Point", coordinates: ["x", 1] })).toBeUndefined();
  });

  it("refuses a body that is no JSON even without control characters", () => {
    expect(() => parseLenientJson("u", "<html>")).toThrow(OparlError);
    expect(() => parseLenientJson("u", "  ")).toThrow(/empty body/);
  });
});

describe("legislative terms", () => {
  const LEIPZIG = "https://ratsinfo.leipzig.de/bi/oparl/1.0/legislativeTerms.asp?id=";

  it("normalises the spec's term and survives ALLRIS-like quirks", () => {
    const [term] = readOparlFixture("spec-Body-01.json").legislativeTerm as Record<string, unknown>[];
    expect(normalizeLegislativeTerm(term!)).toEqual({
      id: "https://oparl.example.org/term/21",
      name: "21. Wahlperiode",
      startDate: "2010-12-03",
      endDate: "2013-12-03",
    });
    const quirky = {
      id: " https://ris.example.org/oparl/terms/7 ",
      name: "Wahlperiode  2021 - 2026  ",
      startDate: "2021-11-01T00:00:00+01::00",
      endDate: "N/A",
    };
    expect(normalizeLegislativeTerm(quirky)).toEqual({
      id: "https://ris.example.org/oparl/terms/7",
      name: "Wahlperiode 2021 - 2026",
      startDate: "2021-11-01",
      endDate: undefined,
    });
    expect(normalizeLegislativeTerm({ ...quirky, startDate: "2021-13-45", endDate: "" })).toMatchObject({
      startDate: undefined,
      endDate: undefined,
    });
    expect(normalizeLegislativeTerm({ ...quirky, name: "N/A" })).toBeUndefined();
    expect(normalizeLegislativeTerm({ ...quirky, name: undefined })).toBeUndefined();
    expect(normalizeLegislativeTerm({ ...quirky, id: "" })).toBeUndefined();
    expect(normalizeLegislativeTerm({ ...quirky, deleted: true })).toBeUndefined();
  });

  it("reads the terms the Body embeds, oldest first", async () => {
    const changes = await client().readChanges(standIn.systemUrl);
    expect(changes.legislativeTerms).toEqual([
      { id: `${LEIPZIG}1`, name: "Wahlperiode V", startDate: "2009-11-11", endDate: "2014-12-17" },
      { id: `${LEIPZIG}2`, name: "Wahlperiode VI", startDate: "2014-12-18", endDate: "2019-05-31" },
    ]);
  });

  it("reads the term list through its pages, whole even on an incremental run, its deletions winning", async () => {
    standIn.setBodyKey("legislativeTermList", `${standIn.baseUrl}/oparl/legislative-terms`);
    standIn.termList = [
      { id: `${LEIPZIG}2`, deleted: true },
      { id: `${LEIPZIG}3`, name: "Wahlperiode VII ", startDate: "2019-06-01", endDate: "N/A" },
      { id: `${LEIPZIG}4`, name: "N/A", startDate: "2024-06-01" },
    ];
    const changes = await client().readChanges(standIn.systemUrl, "2026-01-01T00:00:00Z");
    expect(changes.legislativeTerms).toEqual([
      { id: `${LEIPZIG}1`, name: "Wahlperiode V", startDate: "2009-11-11", endDate: "2014-12-17" },
      { id: `${LEIPZIG}3`, name: "Wahlperiode VII", startDate: "2019-06-01", endDate: undefined },
    ]);
    const termRequests = standIn.requests.filter((r) => r.startsWith("/oparl/legislative-terms"));
    expect(termRequests).toEqual([
      "/oparl/legislative-terms",
      "/oparl/legislative-terms?page=2",
      "/oparl/legislative-terms?page=3",
    ]);
  });

  it("knows no terms when the term list is missing, so the stored ones stay", async () => {
    standIn.setBodyKey("legislativeTermList", `${standIn.baseUrl}/oparl/no-such-list`);
    const changes = await client().readChanges(standIn.systemUrl);
    expect(changes.legislativeTerms).toBeUndefined();
  });
});
