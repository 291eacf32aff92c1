// NINA's CAP messages as residents will read them: every recorded and self-made fixture normalises to
// a valid Warning, texts unchanged in content, markup that could run code gone.
import { describe, expect, it } from "vitest";
import { warningSchema } from "../../../src/lib/contract/warnings";
import { z } from "../../../src/lib/contract/zod";
import { dashboardEntrySchema, ninaWarningSchema, UpstreamError } from "../../integrations/nina";
import { readNinaFixture } from "../../testing/nina-fixture-server";
import { entryHash, normalizeNinaWarning, parseReferences, providerOf } from "./normalize";
import { safeWebLink, sanitizeRichText, toPlainText } from "./sanitize";

const FETCHED_AT = "2024-01-05T14:03:00.000Z";
const MOW = "mow.DE-NI-DEL-SE040-20240105-40-000";
const DWD = "dwd.2.49.0.0.276.0.DWD.PVW.1704463200000.8c0f3a1e-4b7d-4c55-9a57-2d7e0b9c1f01.DEU";

const dashboard = (name: string) => z.array(dashboardEntrySchema).parse(readNinaFixture(name));
const detail = (name: string) => ninaWarningSchema.parse(readNinaFixture(name));
const haDetails = z
  .record(z.string(), ninaWarningSchema)
  .parse(readNinaFixture("ha-warning-details-sample.json"));

function normalizeDelmenhorst(dashboardFile: string, detailFile: string, id = MOW) {
  const entry = dashboard(`delmenhorst/${dashboardFile}`).find((e) => e.id === id);
  return normalizeNinaWarning({
    id,
    detail: detail(`delmenhorst/${detailFile}`),
    entry,
    regions: ["034010000000"],
    fetchedAt: FETCHED_AT,
  });
}

describe("normalizeNinaWarning: Home Assistant samples (MoWaS, DWD, BIWAPP)", () => {
  const entries = dashboard("ha-dashboard-sample.json");

  it.each(Object.keys(haDetails))("turns %s into a valid warning", (id) => {
    const warning = normalizeNinaWarning({
      id,
      detail: haDetails[id]!,
      entry: entries.find((e) => e.id === id),
      regions: ["091620000000"],
      fetchedAt: FETCHED_AT,
    });
    expect(warningSchema.parse(warning)).toEqual(warning);
    expect(warning.texts.de.headline.length).toBeGreaterThan(0);
    expect(warning.areas.length).toBeGreaterThan(0);
    expect(warning.noticeKind).toBeNull();
  });

  it("takes version and hash from the dashboard entry and the rest from the details", () => {
    const id = "mow.DE-NW-BN-SE030-20201014-30-000";
    const entry = entries.find((e) => e.id === id)!;
    const warning = normalizeNinaWarning({
      id,
      detail: haDetails[id]!,
      entry,
      regions: ["091620000000"],
      fetchedAt: FETCHED_AT,
    });
    expect(warning).toMatchObject({
      provider: "mowas",
      version: 1,
      hash: "551db820a43be7e4f39283e1dfb71b212cd520c3ee478d44f43519e9c48fde4c",
      msgType: "Alert",
      severity: "Moderate",
      urgency: "Immediate",
      certainty: "Likely",
      sender: "Deutscher Wetterdienst",
      sent: "2021-10-11T05:20:00+01:00",
      onset: "2021-11-01T05:20:00+01:00",
      expires: "3021-11-22T05:19:00+01:00",
      // No BBK event code in the details (a DWD-style message): the dashboard's transKey.
      eventCode: "BBK-EVC-040",
    });
    expect(warning.texts.de).toMatchObject({
      headline: "Ausfall Notruf 112",
      event: "STURMBÖEN",
      web: "https://www.wettergefahren.de",
      contact: "Deutscher Wetterdienst",
    });
    expect(warning.texts.de.description).toBe(haDetails[id]!.info![0]!.description);
    expect(warning.texts.en).toBeUndefined();
  });

  it("keeps the BIWAPP description's words and line breaks, and the sender from sender_langname", () => {
    const id = "biw.BIWAPP-69634";
    const warning = normalizeNinaWarning({ id, detail: haDetails[id]!, regions: [], fetchedAt: FETCHED_AT });
    expect(warning.provider).toBe("biwapp");
    expect(warning.sender).toBe("Landkreis Osterholz");
    expect(warning.texts.de.description).toContain(
      "Ausbruch der Geflügelpest (Vogelgrippe, Aviäre Influenza)",
    );
    expect(warning.texts.de.description).toContain("<br />");
    expect(warning.areas).toEqual([expect.stringMatching(/^Axstedt, Gnarrenburg/)]);
  });

  it("parses the mangled references of the MoWaS sample leniently, with and without prefix", () => {
    const id = "mow.DE-BW-S-SE018-20211102-18-001";
    const warning = normalizeNinaWarning({ id, detail: haDetails[id]!, regions: [], fetchedAt: FETCHED_AT });
    expect(warning.msgType).toBe("Update");
    expect(warning.references).toContain("mow.DE-NW-BN-SE030-20200506-30-001");
    expect(warning.references).toContain("mow.DE-NW-BN-W003-20200403-000");
    expect(warning.references.every((r) => r.startsWith("mow."))).toBe(true);
    expect(new Set(warning.references).size).toBe(warning.references.length);
    expect(warning.references.some((r) => /\d{4}-\d{2}-\d{2}T/.test(r))).toBe(false);
  });
});

describe("normalizeNinaWarning: Delmenhorst (self-made fixtures)", () => {
  it("normalises the Alert with German and English texts and removes script and event handlers", () => {
    const warning = normalizeDelmenhorst("dashboard-1-alert.json", "mow-1-alert.json");
    expect(warningSchema.parse(warning)).toEqual(warning);
    expect(warning).toMatchObject({
      id: MOW,
      provider: "mowas",
      version: 1,
      msgType: "Alert",
      references: [],
      severity: "Severe",
      eventCode: "BBK-EVC-001",
      sender: "Leitstelle Oldenburger Land",
      areas: ["Stadt Delmenhorst: Deichhorst"],
      regions: ["034010000000"],
      fetchedAt: FETCHED_AT,
    });
    const de = warning.texts.de;
    expect(de.description).toBe(
      "Im Stadtteil Deichhorst brennt eine Lagerhalle. Es kommt zu starker Rauchentwicklung.<br />" +
        "Die Rauchwolke zieht in Richtung Nordosten.",
    );
    expect(de.instruction).toContain("<ul><li>Halten Sie Fenster und Türen geschlossen.</li>");
    expect(de.instruction).toContain('<a href="https://www.delmenhorst.de/warnung">delmenhorst.de</a>');
    expect(de.instruction).not.toContain("onclick");
    expect(de.contact).toBe("Bürgertelefon der Stadt Delmenhorst: 04221 99-0\nFeuerwehr Delmenhorst");
    expect(warning.texts.en?.headline).toBe(
      "Major fire in Delmenhorst-Deichhorst: keep windows and doors closed",
    );
  });

  it("normalises the Update: new version and hash, bare reference prefixed, areas deduplicated", () => {
    const alert = normalizeDelmenhorst("dashboard-1-alert.json", "mow-1-alert.json");
    const update = normalizeDelmenhorst("dashboard-2-update.json", "mow-2-update.json");
    expect(update.msgType).toBe("Update");
    expect(update.version).toBe(2);
    expect(update.hash).not.toBe(alert.hash);
    expect(update.references).toEqual([MOW]);
    expect(update.areas).toEqual(["Stadt Delmenhorst: Deichhorst", "Stadt Delmenhorst: Hasport"]);
  });

  it("normalises the Cancel with its references (prefixed and bare name the same warning)", () => {
    const cancel = normalizeDelmenhorst("dashboard-3-cancel.json", "mow-3-cancel.json");
    expect(cancel).toMatchObject({ msgType: "Cancel", version: 3, severity: "Minor", references: [MOW] });
  });

  it("normalises the DWD warning (language de-DE, sender name, onset and expiry)", () => {
    const warning = normalizeDelmenhorst("dashboard-1-alert.json", "dwd-storm.json", DWD);
    expect(warning).toMatchObject({
      provider: "dwd",
      severity: "Moderate",
      sender: "Deutscher Wetterdienst",
      onset: "2024-01-05T16:00:00+01:00",
      expires: "2024-01-06T06:00:00+01:00",
      eventCode: "BBK-EVC-057",
      areas: ["Stadt Delmenhorst"],
    });
  });

  it("fills missing fields from the dashboard or with defaults", () => {
    const id = "mow.DE-NI-DEL-SE040-20240106-40-000";
    // The second entry has no id: the client skips it (see nina.test.ts); only the first is usable.
    const [first] = z.array(z.unknown()).parse(readNinaFixture("delmenhorst/dashboard-missing-fields.json"));
    const entry = dashboardEntrySchema.parse(first);
    const warning = normalizeNinaWarning({
      id,
      detail: detail("delmenhorst/mow-missing-fields.json"),
      entry,
      regions: ["034010000000"],
      fetchedAt: FETCHED_AT,
    });
    expect(warningSchema.parse(warning)).toEqual(warning);
    expect(warning).toMatchObject({
      msgType: "Alert",
      severity: "Unknown",
      version: 1,
      hash: entryHash(entry),
      sent: "2024-01-06T08:00:00+01:00",
      urgency: null,
      sender: null,
      areas: [],
    });
    expect(warning.texts.de.headline).toBe("Trinkwasser: Abkochgebot für Delmenhorst-Düsternort");
  });

  it("rejects details without any headline or time as invalid shape", () => {
    const run = () =>
      normalizeNinaWarning({ id: MOW, detail: { info: [] }, regions: [], fetchedAt: FETCHED_AT });
    expect(run).toThrow(UpstreamError);
    expect(run).toThrow(/invalid shape/);
  });
});

describe("providers, references and sanitising", () => {
  it.each([
    ["mow.X", "mowas"],
    ["biw.X", "biwapp"],
    ["kat.X", "katwarn"],
    ["dwd.2.49", "dwd"],
    ["lhp.HOCHWASSER.NI", "lhp"],
    ["pol.X", "police"],
  ])("takes the provider of %s from the prefix", (id, provider) => {
    expect(providerOf(id)).toBe(provider);
  });

  it("falls back to the dashboard's provider name, and knows no provider otherwise", () => {
    expect(providerOf("XYZ-1", "DWD")).toBe("dwd");
    expect(providerOf("XYZ-1")).toBeNull();
  });

  it("reads well-formed CAP reference triples", () => {
    const refs =
      "opendata@dwd.de,2.49.0.0.276.0.DWD.PVW.1,2024-01-05T13:00:00+01:00 CAP@biwapp.de,X,2024-01-05T13:00:00+01:00";
    expect(parseReferences(refs, "dwd.2.49.0.0.276.0.DWD.PVW.2")).toEqual([
      "dwd.2.49.0.0.276.0.DWD.PVW.1",
      "dwd.X",
    ]);
    expect(parseReferences(undefined, "mow.A")).toEqual([]);
    expect(parseReferences("   ", "mow.A")).toEqual([]);
  });

  it("keeps allowed tags, strips others to text and drops script content and unsafe links", () => {
    const html =
      '<p>Achtung <span style="color:red">Glätte</span></p><script>alert(1)</script>' +
      '<img src=x onerror=alert(1)><a href="javascript:alert(1)">x</a><a href="http://a.de">y</a>' +
      '<a href="https://b.de" target="_blank">z</a><iframe src="https://evil"></iframe>';
    expect(sanitizeRichText(html)).toBe('<p>Achtung Glätte</p><a>x</a><a>y</a><a href="https://b.de">z</a>');
    expect(sanitizeRichText("  ")).toBeNull();
    expect(sanitizeRichText(undefined)).toBeNull();
  });

  it("turns markup in plain-text fields into text without changing the words", () => {
    expect(toPlainText("Sturm &amp; Regen<br/>Deichhorst")).toBe("Sturm & Regen\nDeichhorst");
    expect(toPlainText("A < B & C")).toBe("A < B & C");
    expect(toPlainText("Ohne Markup")).toBe("Ohne Markup");
  });

  it("keeps only http(s) links as web", () => {
    expect(safeWebLink("https://www.delmenhorst.de")).toBe("https://www.delmenhorst.de");
    expect(safeWebLink("javascript:alert(1)")).toBeNull();
    expect(safeWebLink("www.example.org")).toBeNull();
  });
});
