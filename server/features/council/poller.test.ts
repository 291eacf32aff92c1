// The poller's run end to end: the import from the OParl stand-in, then the prefetch of the papers'
// PDFs into the search, all through the poller's one fetch (the files' addresses answered here, so
// nothing leaves the machine).
import { pino } from "pino";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { councilSearchAnswerSchema } from "../../../src/lib/contract/council";
import { type OparlStandIn, startOparlStandIn } from "../../testing/oparl-stand-in";
import { createTestApp, type TestApp } from "../../testing/test-app";
import { startCouncilPoller } from "./poller";
import { renderSamplePdf } from "./seed/sample-files";

let t: TestApp;
let standIn: OparlStandIn;
beforeEach(async () => {
  t = await createTestApp();
  standIn = await startOparlStandIn();
});
afterEach(async () => {
  await standIn.close();
  await t.close();
});

it("reads the imported papers' PDFs after a good run, so the search finds their words", async () => {
  const pdf = await renderSamplePdf({
    title: "Vorlage",
    paragraphs: ["Der Quellwasserbrunnen wird saniert."],
  });
  const filesAsked: string[] = [];
  const fetchThroughTest: typeof fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url.startsWith(standIn.baseUrl)) return fetch(input, init);
    filesAsked.push(url);
    return new Response(new Uint8Array(pdf), { status: 200, headers: { "content-type": "application/pdf" } });
  };
  const poller = startCouncilPoller({
    db: t.db,
    config: { oparlSystemUrl: standIn.systemUrl, oparlPollSeconds: 3600 },
    logger: pino({ level: "silent" }),
    fetch: fetchThroughTest,
  });
  try {
    await vi.waitFor(
      async () => {
        const response = await t.app.request("/api/council/search?q=Quellwasserbrunnen");
        const { hits } = councilSearchAnswerSchema.parse(await response.json());
        expect(hits.length).toBeGreaterThan(0);
        expect(hits.every((hit) => hit.match === "text")).toBe(true);
      },
      { timeout: 20_000, interval: 200 },
    );
  } finally {
    await poller.stop();
  }
  // Only the papers' files were fetched, each once.
  expect(filesAsked).toContain("https://ris.example.org/files/77.pdf");
  expect(new Set(filesAsked).size).toBe(filesAsked.length);
});
