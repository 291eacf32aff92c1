// The player's rules, pure so they are tested without a browser: which chapter is current at a
// second of the recording, where to jump past the spans a member objected to (§ 64 (2) NKomVG),
// agenda numbers in their natural order ("4." < "4.3" < "10."), and what the live region says.
import type { Chapter, SkipSpan, StreamAgendaItem } from "../../lib/contract/council-streams";

/** The chapter playing at `seconds`: the last one starting at or before it (none before the first). */
export function chapterAt(chapters: readonly Chapter[], seconds: number): Chapter | undefined {
  let current: Chapter | undefined;
  for (const chapter of [...chapters].sort((a, b) => a.seconds - b.seconds)) {
    if (chapter.seconds <= seconds) current = chapter;
    else break;
  }
  return current;
}

/**
 * Where playback must go when `seconds` lies in a skipped span: its end, and past every span that
 * overlaps or touches it (two objections in a row are one jump). Undefined when nothing is skipped.
 */
export function skipTarget(skips: readonly SkipSpan[], seconds: number): number | undefined {
  const sorted = [...skips].sort((a, b) => a.from - b.from);
  let target: number | undefined;
  let position = seconds;
  for (const span of sorted) {
    if (span.from <= position && position < span.to) {
      target = span.to;
      position = span.to;
    }
  }
  return target;
}

/** The first span that starts at or after a chapter's second: a jump lands past it, not inside. */
export const seekTarget = (skips: readonly SkipSpan[], seconds: number) =>
  skipTarget(skips, seconds) ?? seconds;

/** "4." < "4.3" < "4.10" < "10." < "Ö 1" < no number: numbers compared as numbers, then text. */
export function compareAgendaNumbers(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null || a.trim() === "") return 1;
  if (b === null || b.trim() === "") return -1;
  return a.localeCompare(b, "de", { numeric: true, sensitivity: "base" }) || a.localeCompare(b);
}

/** The chapters in the agenda's order (for the list to jump from), each with its item. */
export function chaptersByAgenda(
  agenda: readonly StreamAgendaItem[],
  chapters: readonly Chapter[],
): { item: StreamAgendaItem; seconds: number }[] {
  const first = new Map<string, number>();
  for (const chapter of chapters) {
    const known = first.get(chapter.agendaItemId);
    // An item called twice (after a break) starts where it was first called.
    if (known === undefined || chapter.seconds < known) first.set(chapter.agendaItemId, chapter.seconds);
  }
  return agenda
    .filter((item) => first.has(item.id))
    .map((item) => ({ item, seconds: first.get(item.id)! }))
    .sort((a, b) => compareAgendaNumbers(a.item.number, b.item.number) || a.seconds - b.seconds);
}

/** "1:02:05" or "12:05": a chapter's start as people read it. */
export function clockOf(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  const two = (n: number) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/** "TOP 5 Haushalt 2027" or just the name when the item has no number. */
export const itemLabel = (item: StreamAgendaItem, top: (number: string) => string) =>
  item.number ? `${top(item.number)} ${item.name}` : item.name;
