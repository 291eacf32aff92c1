// "geöffnet · schließt 19:00" with fixed clocks: public holidays in Lower Saxony, opening hours past
// midnight, and the nights the clocks change. Every instant is given in UTC, so the test means the same
// on a machine in any time zone (try TZ=America/New_York or TZ=Europe/Berlin).
import i18next from "i18next";
import { describe, expect, it } from "vitest";
import shopsDe from "../../locales/shops/de.json";
import { openingState, upcomingSchedule } from "../offices/opening-state";
import type { TextFormat } from "./labels";
import { describeDay, describeOpening } from "./opening-text";

const i18n = i18next.createInstance();
await i18n.init({
  lng: "de",
  resources: { de: { translation: shopsDe } },
  interpolation: { escapeValue: false },
});
const de: TextFormat = { t: (key, options) => i18n.t(key, options), locale: "de" };

/** What the list says about a rule at an instant. */
function line(rule: string | null, instant: string): string {
  const now = new Date(instant);
  const text = describeOpening(rule === null ? undefined : openingState(rule, now), now, de);
  return text.detail ? `${text.label} · ${text.detail}` : text.label;
}

describe("open now on a public holiday in Lower Saxony", () => {
  // 25 December 2026 is a Friday, 26 December (second Christmas Day, also a holiday) a Saturday.
  const christmasMorning = "2026-12-25T10:00:00Z"; // 11:00 in Berlin

  it("is closed with 'PH off' and opens on the next working day", () => {
    expect(line("Mo-Sa 09:00-19:00; PH off", christmasMorning)).toBe("geschlossen · öffnet Mo., 09:00");
  });

  it("follows holiday hours of their own", () => {
    expect(line("Mo-Sa 09:00-19:00; PH 10:00-14:00", christmasMorning)).toBe("geöffnet · schließt 14:00");
    expect(line("Mo-Sa 09:00-19:00; PH 10:00-14:00", "2026-12-25T13:30:00Z")).toBe(
      "geschlossen · öffnet morgen 10:00",
    );
  });

  it("is open as usual on the working day before", () => {
    expect(line("Mo-Sa 09:00-19:00; PH off", "2026-12-24T10:00:00Z")).toBe("geöffnet · schließt 19:00");
  });
});

describe("open past midnight", () => {
  const rule = "Fr-Sa 18:00-02:00";

  it("is still open early on Saturday from Friday night", () => {
    // Saturday 28 November 2026, 01:30 in Berlin (winter time, UTC+1).
    expect(line(rule, "2026-11-28T00:30:00Z")).toBe("geöffnet · schließt 02:00");
  });

  it("is closed after 02:00 and opens again in the evening", () => {
    expect(line(rule, "2026-11-28T01:30:00Z")).toBe("geschlossen · öffnet 18:00");
  });

  it("names the closing after midnight on Friday evening", () => {
    expect(line(rule, "2026-11-27T22:00:00Z")).toBe("geöffnet · schließt 02:00");
  });

  it("shows both parts of Saturday in the week's table", () => {
    const week = upcomingSchedule(rule, new Date("2026-11-27T09:00:00Z"), 2);
    expect(week.map((day) => describeDay(day, de))).toEqual([
      "18:00 – 24:00 Uhr",
      "00:00 – 02:00 Uhr, 18:00 – 24:00 Uhr",
    ]);
  });
});

describe("open now across the daylight saving changes", () => {
  it("counts the spring night's hours in wall-clock time (29 March 2026, 02:00 → 03:00)", () => {
    const rule = "Su 01:00-04:00";
    expect(line(rule, "2026-03-29T00:30:00Z")).toBe("geöffnet · schließt 04:00"); // 01:30 CET
    expect(line(rule, "2026-03-29T01:30:00Z")).toBe("geöffnet · schließt 04:00"); // 03:30 CEST
    expect(line(rule, "2026-03-29T02:30:00Z")).toBe("geschlossen · öffnet So., 01:00"); // 04:30 CEST
  });

  it("keeps the autumn night's repeated hour open (25 October 2026, 03:00 → 02:00)", () => {
    const rule = "Su 01:00-04:00";
    expect(line(rule, "2026-10-25T00:30:00Z")).toBe("geöffnet · schließt 04:00"); // 02:30 CEST
    expect(line(rule, "2026-10-25T01:30:00Z")).toBe("geöffnet · schließt 04:00"); // 02:30 CET
    expect(line(rule, "2026-10-25T03:30:00Z")).toBe("geschlossen · öffnet So., 01:00"); // 04:30 CET
  });

  it("keeps a shop that never closes open through both nights", () => {
    for (const rule of ["Mo-Su 00:00-24:00", "24/7"]) {
      for (const instant of ["2026-03-29T00:59:00Z", "2026-03-29T01:00:00Z", "2026-10-25T01:30:00Z"])
        expect(line(rule, instant), `${rule} at ${instant}`).toBe("geöffnet · rund um die Uhr");
    }
    const [sunday] = upcomingSchedule("24/7", new Date("2026-03-29T10:00:00Z"), 1);
    expect(describeDay(sunday!, de)).toBe("rund um die Uhr geöffnet");
  });

  it("reads the same UTC morning as summer time after the spring change", () => {
    // Monday 30 March, 07:30 UTC = 09:30 in Berlin (UTC+2).
    expect(line("Mo-Sa 08:00-20:00", "2026-03-30T07:30:00Z")).toBe("geöffnet · schließt 20:00");
    expect(line("Mo-Sa 09:00-19:00", "2026-03-30T07:30:00Z")).toBe("geöffnet · schließt 19:00");
    // The Friday before, 07:30 UTC was 08:30 (UTC+1): not yet open.
    expect(line("Mo-Sa 09:00-19:00", "2026-03-27T07:30:00Z")).toBe("geschlossen · öffnet 09:00");
  });

  it("reads the same UTC morning as winter time after the autumn change", () => {
    // Monday 26 October, 07:30 UTC = 08:30 in Berlin (UTC+1).
    expect(line("Mo-Sa 08:00-20:00", "2026-10-26T07:30:00Z")).toBe("geöffnet · schließt 20:00");
    expect(line("Mo-Sa 09:00-19:00", "2026-10-26T07:30:00Z")).toBe("geschlossen · öffnet 09:00");
    // 18:30 UTC = 19:30 in Berlin: closed, opening on Tuesday morning.
    expect(line("Mo-Sa 09:00-19:00", "2026-10-26T18:30:00Z")).toBe("geschlossen · öffnet morgen 09:00");
  });
});

describe("unknown and never", () => {
  it("says when the hours are not known or cannot be read", () => {
    expect(line(null, "2026-11-28T10:00:00Z")).toBe("Öffnungszeiten nicht bekannt");
    expect(line("whenever we like", "2026-11-28T10:00:00Z")).toBe("Öffnungszeiten nicht bekannt");
  });

  it("is closed without a next opening for 'off'", () => {
    expect(line("off", "2026-11-28T10:00:00Z")).toBe("geschlossen");
  });
});
