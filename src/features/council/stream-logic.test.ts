import { describe, expect, it } from "vitest";
import type { Chapter, SkipSpan } from "../../lib/contract/council-streams";
import {
  chapterAt,
  chaptersByAgenda,
  clockOf,
  compareAgendaNumbers,
  itemLabel,
  seekTarget,
  skipTarget,
} from "./stream-logic";

const chapter = (agendaItemId: string, seconds: number): Chapter => ({
  agendaItemId,
  seconds,
  at: "2027-01-28T15:00:00.000Z",
});
const span = (from: number, to: number): SkipSpan => ({ id: `${from}`, from, to, note: "Widerspruch" });

describe("chapterAt", () => {
  const chapters = [chapter("c", 600), chapter("a", 0), chapter("b", 120)];
  it("is the last chapter started at or before the second, in any stored order", () => {
    expect(chapterAt(chapters, 0)?.agendaItemId).toBe("a");
    expect(chapterAt(chapters, 119.9)?.agendaItemId).toBe("a");
    expect(chapterAt(chapters, 120)?.agendaItemId).toBe("b");
    expect(chapterAt(chapters, 5000)?.agendaItemId).toBe("c");
  });
  it("is none before the first mark or without marks", () => {
    expect(chapterAt([chapter("a", 30)], 10)).toBeUndefined();
    expect(chapterAt([], 10)).toBeUndefined();
  });
});

describe("skipTarget", () => {
  it("jumps to a span's end from inside it, and not from its end or outside", () => {
    const skips = [span(100, 160)];
    expect(skipTarget(skips, 99.9)).toBeUndefined();
    expect(skipTarget(skips, 100)).toBe(160);
    expect(skipTarget(skips, 159)).toBe(160);
    expect(skipTarget(skips, 160)).toBeUndefined();
  });
  it("jumps past spans that touch or overlap in one go, in any stored order", () => {
    const skips = [span(200, 260), span(100, 160), span(150, 200), span(400, 500)];
    expect(skipTarget(skips, 120)).toBe(260);
    expect(skipTarget(skips, 300)).toBeUndefined();
    expect(skipTarget(skips, 450)).toBe(500);
  });
  it("a chapter starting inside a span is entered at the span's end", () => {
    expect(seekTarget([span(100, 160)], 130)).toBe(160);
    expect(seekTarget([span(100, 160)], 90)).toBe(90);
  });
});

describe("agenda numbers", () => {
  it("sort naturally, numberless last", () => {
    const numbers = ["10.", "4.3", null, "4.", "4.10", "2", "Ö 1"];
    expect([...numbers].sort(compareAgendaNumbers)).toEqual(["2", "4.", "4.3", "4.10", "10.", "Ö 1", null]);
  });
  it("chapters are listed in the agenda's order with each item's first mark", () => {
    const agenda = [
      { id: "ten", number: "10", name: "Anfragen" },
      { id: "two", number: "2", name: "Protokoll" },
      { id: "five", number: "5", name: "Haushalt" },
    ];
    const chapters = [chapter("five", 300), chapter("ten", 900), chapter("two", 60), chapter("five", 1200)];
    expect(chaptersByAgenda(agenda, chapters).map((c) => [c.item.id, c.seconds])).toEqual([
      ["two", 60],
      ["five", 300],
      ["ten", 900],
    ]);
  });
});

describe("texts", () => {
  it("clock and label", () => {
    expect(clockOf(0)).toBe("0:00");
    expect(clockOf(725.9)).toBe("12:05");
    expect(clockOf(3725)).toBe("1:02:05");
    const top = (n: string) => `TOP ${n}`;
    expect(itemLabel({ id: "x", number: "5", name: "Haushalt" }, top)).toBe("TOP 5 Haushalt");
    expect(itemLabel({ id: "x", number: null, name: "Begrüßung" }, top)).toBe("Begrüßung");
  });
});
