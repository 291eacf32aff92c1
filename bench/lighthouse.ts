// Lighthouse 12 with its defaults: mobile form factor, simulated throttling (slow 4G, 4x CPU).
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromium } from "playwright-core";
import { CHROMIUM_FLAGS, chromiumPath } from "./browser";

export const CATEGORIES = ["performance", "accessibility", "best-practices"] as const;
export type Category = (typeof CATEGORIES)[number];
/** Scores 0 to 100; null when Lighthouse could not score the category. */
export type Scores = Record<Category, number | null>;

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>["lhr"];

const METRICS = [
  "first-contentful-paint",
  "largest-contentful-paint",
  "total-blocking-time",
  "cumulative-layout-shift",
  "speed-index",
];

/**
 * Audits one URL in its own Chromium, so nothing (cache, service worker, storage) carries over from
 * an earlier run. Prints the key metrics and the audits that cost points.
 */
export async function auditPage(
  url: string,
  options: { localStorage?: Record<string, string> } = {},
): Promise<Scores> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ["--headless=new", ...CHROMIUM_FLAGS],
    logLevel: "silent",
  });
  try {
    // A stored choice (the language) is written by a visit before the audit, which then keeps the
    // storage: warm caches then, so only the accessibility score of such a run means something.
    if (options.localStorage) await writeLocalStorage(chrome.port, url, options.localStorage);
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: [...CATEGORIES],
      disableStorageReset: options.localStorage !== undefined,
    });
    if (!result) throw new Error("Lighthouse returned no result");
    const { lhr } = result;
    // A page that did not load still gets a report; its scores would mean nothing.
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    printSummary(lhr);
    return scoresOf(lhr);
  } finally {
    chrome.kill();
  }
}

async function writeLocalStorage(port: number, url: string, entries: Record<string, string>): Promise<void> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const page = await browser.contexts()[0]!.newPage();
    await page.goto(url, { waitUntil: "load" });
    await page.evaluate((values) => {
      for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
    }, entries);
    await page.close();
  } finally {
    // Disconnects only: the browser belongs to chrome-launcher.
    await browser.close();
  }
}

function scoresOf(lhr: Lhr): Scores {
  const score = (category: Category) => {
    const value = lhr.categories[category]?.score;
    return typeof value === "number" ? Math.round(value * 100) : null;
  };
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    "best-practices": score("best-practices"),
  };
}

function printSummary(lhr: Lhr): void {
  const scores = scoresOf(lhr);
  console.log(`  scores: ${CATEGORIES.map((c) => `${c} ${scores[c] ?? "n/a"}`).join(", ")}`);
  const metrics = METRICS.map((id) => lhr.audits[id])
    .filter((audit) => audit !== undefined)
    .map((audit) => `${audit.title} ${audit.displayValue ?? "n/a"}`);
  console.log(`  metrics: ${metrics.join(", ")}`);
  for (const category of CATEGORIES) {
    const failing = (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .flatMap((ref) => {
        const audit = lhr.audits[ref.id];
        return audit && audit.score !== null && audit.score < 1 ? [`${audit.id} (${audit.score})`] : [];
      });
    if (failing.length > 0) console.log(`  ${category} audits losing points: ${failing.join(", ")}`);
  }
}
