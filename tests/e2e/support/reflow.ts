// Reflow (WCAG 1.4.10) and text resize (WCAG 1.4.4) measured against the layout viewport. On a mobile
// viewport `window.innerWidth` grows with wide content, so comparing against it can never fail.
import { type CDPSession, expect, type Page } from "@playwright/test";

/** 320 CSS px = a 1280 px window at 400 % zoom, the width WCAG 1.4.10 names. */
export const REFLOW_WIDTH = 320;
/** A common phone width for the 200 % text check. */
export const PHONE_WIDTH = 390;
/** Chromium's default font sizes are 16 px (standard) and 13 px (fixed); 200 % doubles them. */
const DEFAULT_FONT_SIZES = { standard: 16, fixed: 13 };
const DOUBLE_FONT_SIZES = { standard: 32, fixed: 26 };

/**
 * Scroll containers whose content may be wider than the screen: WCAG 1.4.10 exempts only content that
 * needs two dimensions, here the staff data tables (src/ui/DataTable.tsx).
 */
const TWO_DIMENSIONAL_REGIONS = [".staff-table-wrap"];

export interface HorizontalOverflow {
  clientWidth: number;
  scrollWidth: number;
  /** The outermost elements (or the parents of text) whose right edge passes the layout viewport. */
  offenders: string[];
}

/** Measures the page as it is now; the caller sets the viewport and waits for the content. */
export async function measureHorizontalOverflow(page: Page): Promise<HorizontalOverflow> {
  return page.evaluate((allowedRegions) => {
    const root = document.documentElement;
    const limit = root.clientWidth + 1;

    // Content inside a clipping ancestor cannot widen the page; inside a scroll region only where exempt.
    const contained = (start: Node): boolean => {
      for (let el = start.parentElement; el && el !== root && el !== document.body; el = el.parentElement) {
        const overflowX = getComputedStyle(el).overflowX;
        if (overflowX === "visible") continue;
        const clips = overflowX === "hidden" || overflowX === "clip";
        if (clips || allowedRegions.some((selector) => el.matches(selector))) {
          return el.getBoundingClientRect().right + window.scrollX <= limit;
        }
      }
      return false;
    };
    const describe = (el: Element): string => {
      const name = (node: Element) =>
        node.tagName.toLowerCase() +
        (node.id ? `#${node.id}` : "") +
        Array.from(node.classList, (c) => `.${c}`).join("");
      const parent = el.parentElement ? `${name(el.parentElement)} > ` : "";
      const text = (el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
      const right = Math.round(el.getBoundingClientRect().right + window.scrollX);
      return `${parent}${name(el)} (right ${right} px${text ? `, "${text}"` : ""})`;
    };

    const overflowing = new Set<Element>();
    for (const el of Array.from(document.body.querySelectorAll("*"))) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.right + window.scrollX > limit && !contained(el)) overflowing.add(el);
    }
    // Text can spill out of a box that itself fits (a long e-mail address in a narrow column).
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim()) continue;
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.width === 0) continue;
      if (box.right + window.scrollX > limit && !contained(node)) {
        overflowing.add(parent);
      }
    }
    const offenders = Array.from(overflowing)
      .filter((el) => getComputedStyle(el).visibility !== "hidden")
      .filter((el) => !(el.parentElement && overflowing.has(el.parentElement)))
      .map(describe);
    return { clientWidth: root.clientWidth, scrollWidth: root.scrollWidth, offenders };
  }, TWO_DIMENSIONAL_REGIONS);
}

/** Everything that breaks reflow on the page as it is now, in words; empty when it reflows. */
export async function reflowProblems(page: Page): Promise<string[]> {
  const { clientWidth, scrollWidth, offenders } = await measureHorizontalOverflow(page);
  const problems = offenders.map((offender) => `wider than ${clientWidth} px: ${offender}`);
  if (scrollWidth > clientWidth)
    problems.push(`scrolls sideways: ${scrollWidth} px content in ${clientWidth} px`);
  for (const item of await navigationItemsOutsideViewport(page)) {
    problems.push(`navigation item off screen: ${item}`);
  }
  if (await skipLinkVisibleWithoutFocus(page)) problems.push("skip link visible without focus");
  return problems;
}

/** The page reflows: nothing beyond the layout viewport, all navigation on screen, skip link hidden. */
export async function expectReflow(page: Page): Promise<void> {
  const url = new URL(page.url());
  expect(await reflowProblems(page), `${url.pathname}${url.search} does not reflow`).toEqual([]);
}

/** Text at 200 %, as a user sets it in the browser's settings: rem and em follow, px do not. */
export async function doubleTextSize(page: Page): Promise<void> {
  await setTextSize(page, "double");
}

/** The browser's text size setting, for the page as it is and its next loads. */
export async function setTextSize(page: Page, size: "double" | "default"): Promise<void> {
  // The setting lasts as long as the DevTools session that made it: one per page, kept open.
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  await (
    await session
  ).send("Page.setFontSizes", { fontSizes: size === "double" ? DOUBLE_FONT_SIZES : DEFAULT_FONT_SIZES });
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

/** Every main navigation link lies fully inside the layout viewport, so none is pushed off screen. */
export async function navigationItemsOutsideViewport(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const height = window.visualViewport?.height ?? document.documentElement.clientHeight;
    return Array.from(document.querySelectorAll<HTMLAnchorElement>(".app-nav a"))
      .filter((link) => {
        const box = link.getBoundingClientRect();
        return box.left < 0 || box.right > width + 1 || box.top < 0 || box.bottom > height + 1;
      })
      .map((link) => link.textContent?.trim() ?? link.href);
  });
}

/** The skip link is out of sight (off screen or clipped) while it does not have the focus. */
export async function skipLinkVisibleWithoutFocus(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const link = document.querySelector<HTMLElement>(".skip-link");
    if (!link || link === document.activeElement) return false;
    const box = link.getBoundingClientRect();
    const style = getComputedStyle(link);
    const clipped = (box.width <= 1 && box.height <= 1) || style.clipPath === "inset(50%)";
    const offScreen = box.bottom <= 0 || box.right <= 0 || box.top >= window.innerHeight;
    return !clipped && !offScreen;
  });
}
