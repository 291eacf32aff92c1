// The console forms' conversions, pure: a programme typed one item a line ("1 Begrüßung"),
// documents one a line ("Name | https://…"), a time into seconds ("12:30" or "1:02:05"), and a
// stored instant into the datetime-local field and back (the browser's time zone: the office's).
import type { InfoEvent } from "../../../lib/contract/council-streams";

/** "1 Begrüßung", "4.3 Bericht", "Pause": a leading number (with dots) is the item's number. */
export function parseAgenda(text: string): { number: string | null; name: string }[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const match = /^(\d+(?:\.\d+)*\.?)\s+(.+)$/.exec(line);
      return match ? { number: match[1]!, name: match[2]!.trim() } : { number: null, name: line };
    });
}

export const agendaText = (event: Pick<InfoEvent, "agenda">) =>
  event.agenda.map((item) => (item.number ? `${item.number} ${item.name}` : item.name)).join("\n");

/** "Entwurf | https://…" per line; a line without a valid address is returned in `invalid`. */
export function parseDocuments(text: string): {
  documents: { name: string; url: string }[];
  invalid: string[];
} {
  const documents: { name: string; url: string }[] = [];
  const invalid: string[] = [];
  for (const line of text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)) {
    const [name = "", url = ""] = line.split("|").map((part) => part.trim());
    if (name && /^https?:\/\/\S+$/.test(url)) documents.push({ name, url });
    else invalid.push(line);
  }
  return { documents, invalid };
}

export const documentsText = (event: Pick<InfoEvent, "documents">) =>
  event.documents.map((d) => `${d.name} | ${d.url}`).join("\n");

/** "90", "12:30" or "1:02:05" → seconds; undefined for anything else. */
export function parseClock(text: string): number | undefined {
  const value = text.trim();
  if (!/^\d+(:\d{1,2}){0,2}$/.test(value)) return undefined;
  const parts = value.split(":").map(Number);
  if (parts.slice(1).some((part) => part >= 60)) return undefined;
  return parts.reduce((total, part) => total * 60 + part, 0);
}

const two = (n: number) => String(n).padStart(2, "0");

/** An instant as the value of a datetime-local field, in the browser's time zone. */
export function localInput(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** A datetime-local field's value as an instant; undefined when empty or invalid. */
export function instantOf(local: string): string | undefined {
  if (!local) return undefined;
  const time = new Date(local);
  return Number.isNaN(time.getTime()) ? undefined : time.toISOString();
}
