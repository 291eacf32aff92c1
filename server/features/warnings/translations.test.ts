// NINA's own translations (issue 20): CAP 1.2 sends one `info` block per language; every block in one
// of the app's languages is kept, stored, synced and pushed to devices in that language. The fixtures
// are the recorded MoWaS warning with blocks written for the tests (tests/fixtures/nina/README.md).
import { pino } from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { pushPayloadSchema, type Warning, warningSchema } from "../../../src/lib/contract/warnings";
import { z } from "../../../src/lib/contract/zod";
import { warningNotice } from "../../../sw/warning-notice";
import type { Db } from "../../db/database";
import { ninaWarningSchema } from "../../integrations/nina";
import { listEntries } from "../../platform/sync/store";
import {
  type NinaFixtureServer,
  readNinaFixture,
  startNinaFixtureServer,
} from "../../testing/nina-fixture-server";
import { databaseKind, openTestDatabase } from "../../testing/test-app";
import { fitWarning } from "../push/payload";
import { contentLanguageOf, normalizeNinaWarning } from "./normalize";
import { startWarningPoller } from "./poller";
import { findWarning } from "./store";

const ID = "mow.DE-BW-S-SE018-20211102-18-001";
const DEL = "034010000000";
const FETCHED_AT = "2024-01-05T14:03:00.000Z";
const recorded = z
  .record(z.string(), ninaWarningSchema)
  .parse(readNinaFixture("ha-warning-details-sample.json"))[ID]!;
const translatedPayload = readNinaFixture("translated/mow-de-en-tr.json");
const brokenPayload = readNinaFixture("translated/mow-broken-languages.json");

const normalize = (payload: unknown) =>
  normalizeNinaWarning({
    id: ID,
    detail: ninaWarningSchema.parse(payload),
    regions: [DEL],
    fetchedAt: FETCHED_AT,
  });

describe("contentLanguageOf (CAP 1.2 language tags)", () => {
  it.each([
    ["de-DE", "de"],
    ["DE", "de"],
    ["de", "de"],
    ["de-AT", "de"],
    ["de-x-ls", "de-x-ls"],
    ["en-US", "en"],
    ["EN", "en"],
    [" en-gb ", "en"],
    ["tr-TR", "tr"],
    ["tr_TR", "tr"],
    ["AR", "ar"],
    ["ru-RU", "ru"],
    ["uk-UA", "uk"],
    ["pl-PL", "pl"],
    ["bg-BG", "bg"],
    ["ro-RO", "ro"],
    ["", "de"],
    [undefined, "de"],
  ])("%j → %s", (tag, language) => {
    expect(contentLanguageOf(tag)).toBe(language);
  });

  it.each(["fr-FR", "es", "xx-unknown", "x", "deu", "english", "-", "tr-"])(
    "%j is no language of the app",
    (tag) => {
      // "tr-" still has the primary subtag "tr"; every other tag here names none of the ten.
      expect(contentLanguageOf(tag)).toBe(tag === "tr-" ? "tr" : null);
    },
  );
});

describe("normalizeNinaWarning with NINA's own translations", () => {
  it("keeps the German, English and Turkish blocks, each sanitised, German unchanged", () => {
    const warning = normalize(translatedPayload);
    expect(warningSchema.parse(warning)).toEqual(warning);
    expect(Object.keys(warning.texts).sort()).toEqual(["de", "en", "tr"]);
    // German is what the recorded payload alone gives.
    expect(warning.texts.de).toEqual(normalize(recorded).texts.de);
    expect(warning.texts.en?.headline).toBe(
      "Corona regulation of the state: warning level declared by the state health office",
    );
    const turkish = warning.texts.tr!;
    expect(turkish.headline).toBe(
      "Eyaletin Korona yönetmeliği: Eyalet sağlık dairesi uyarı seviyesini ilan etti",
    );
    expect(turkish.event).toBe("Tehlike bilgisi");
    expect(turkish.description).toContain("Koronavirüs bulaşmış kişi sayısı");
    expect(turkish.description).not.toContain("script");
    expect(turkish.instruction).toContain('<a href="https://warnung.bund.de"');
    expect(turkish.instruction).not.toContain("onclick");
    // The facts come from the German block whatever the order.
    expect(warning.severity).toBe("Minor");
    expect(warning.eventCode).toBe("BBK-EVC-040");
  });

  it("leaves out blocks in unknown or broken languages and keeps the first block of a language", () => {
    const warning = normalize(brokenPayload);
    expect(warningSchema.parse(warning)).toEqual(warning);
    expect(Object.keys(warning.texts).sort()).toEqual(["de", "en"]);
    // The French block comes first, yet the German one is German.
    expect(warning.texts.de).toEqual(normalize(recorded).texts.de);
    expect(warning.texts.en?.headline).toBe("Corona regulation of the state: warning level declared");
    const headlines = Object.values(warning.texts).map((text) => text?.headline);
    for (const unwanted of ["Information sur", "erfundenen Sprache", "Language as a number", "Second block"])
      expect(headlines.some((h) => h?.includes(unwanted))).toBe(false);
  });

  it("is German alone for the recorded payload without translations", () => {
    expect(Object.keys(normalize(recorded).texts)).toEqual(["de"]);
  });
});

describe(`NINA's translations stored, synced and pushed (${databaseKind})`, () => {
  let db: Db;
  let closeDb: () => Promise<void>;
  let nina: NinaFixtureServer;

  beforeEach(async () => {
    ({ db, close: closeDb } = await openTestDatabase());
    nina = await startNinaFixtureServer();
  });

  afterEach(async () => {
    await nina.close();
    await closeDb();
  });

  async function ingest(detail: unknown): Promise<Warning> {
    nina.route(`/dashboard/${DEL}.json`, {
      body: [
        {
          id: ID,
          payload: {
            version: 1,
            hash: "translated-1",
            type: "ALERT",
            data: {
              headline: recorded.info![0]!.headline,
              provider: "MOWAS",
              severity: "Minor",
              msgType: "Update",
            },
          },
          sent: recorded.sent,
        },
      ],
    });
    nina.route(`/warnings/${ID}.json`, { body: detail });
    const poller = startWarningPoller({
      db,
      config: { ninaBaseUrl: nina.baseUrl, ninaPollSeconds: 0 },
      logger: pino({ level: "silent" }),
      now: () => new Date(FETCHED_AT),
      checkAreas: false,
    });
    try {
      expect(await poller.pollOnce()).toMatchObject({ failed: [], newStates: 1 });
    } finally {
      await poller.stop();
    }
    const stored = await findWarning(db, ID);
    if (!stored) throw new Error("the warning was not stored");
    return stored;
  }

  it("stores every language, puts it into the sync feed and pushes each device its language", async () => {
    const stored = await ingest(translatedPayload);
    expect(Object.keys(stored.texts).sort()).toEqual(["de", "en", "tr"]);
    const [inFeed] = (await listEntries(db, "warnings")).filter((entry) => entry.id === ID);
    expect(warningSchema.parse(inFeed?.data).texts.tr).toEqual(stored.texts.tr);

    const noticeFor = (language: string) => {
      const payload = pushPayloadSchema.parse(JSON.parse(fitWarning(stored, language).toString("utf8")));
      if (payload.topic !== "warnings") throw new Error("not a warning");
      return { texts: Object.keys(payload.warning.texts).sort(), notice: warningNotice(payload.warning) };
    };
    const turkish = noticeFor("tr");
    expect(turkish.texts).toEqual(["de", "tr"]);
    expect(turkish.notice).toMatchObject({
      lang: "tr",
      dir: "ltr",
      title: `Düşük tehlike: ${stored.texts.tr!.headline}`,
    });
    expect(turkish.notice.body).toMatch(/^Koronavirüs bulaşmış kişi sayısı/);
    expect(noticeFor("en").notice).toMatchObject({
      lang: "en",
      title: `Minor danger: ${stored.texts.en!.headline}`,
    });
    // NINA wrote no Arabic or Ukrainian: German, with the danger level in German too.
    for (const language of ["ar", "uk", "de"]) {
      const other = noticeFor(language);
      expect(other.texts, language).toEqual(["de"]);
      expect(other.notice, language).toMatchObject({
        lang: "de",
        title: `Geringe Gefahr: ${stored.texts.de.headline}`,
      });
    }
  });

  it("stores German (and the one good English block) from a payload with broken languages", async () => {
    const stored = await ingest(brokenPayload);
    expect(Object.keys(stored.texts).sort()).toEqual(["de", "en"]);
    expect(stored.texts.de.headline).toBe(recorded.info![0]!.headline);
  });
});
