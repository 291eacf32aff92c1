// Addresses of the server's iCalendar feeds for calendar apps (webcal:). The feeds are written in
// German or English; Leichte Sprache reads the German one.

export type FeedLanguage = "de" | "en";

export const feedLanguage = (language: string): FeedLanguage => (language.startsWith("de") ? "de" : "en");

/** `path` on this origin with its query, as webcal: (http(s) for calendar apps). */
export function webcalUrl(
  path: string,
  query: Record<string, string | null | undefined>,
  origin: string,
): string {
  const url = new URL(path, origin);
  for (const [name, value] of Object.entries(query)) if (value) url.searchParams.set(name, value);
  // URL cannot switch a special scheme to webcal:, so the text is changed.
  return url.toString().replace(/^https?:/, "webcal:");
}
