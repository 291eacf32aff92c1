// A message's text split into plain text and links. Only https addresses become links (no
// javascript:, data: or plain http); everything else stays text, rendered as text, never as HTML.

export type TextPart = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

const URL_PATTERN = /https:\/\/[^\s<>"]+/g;
/** Punctuation that ends a sentence after an address belongs to the sentence, not the address. */
const TRAILING = /[.,;:!?)\]}'»“”]+$/;

export function textParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let from = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const raw = match[0].replace(TRAILING, "");
    const start = match.index;
    const href = safeHref(raw);
    if (!href) continue;
    if (start > from) parts.push({ kind: "text", text: text.slice(from, start) });
    parts.push({ kind: "link", text: raw, href });
    from = start + raw.length;
  }
  if (from < text.length) parts.push({ kind: "text", text: text.slice(from) });
  return parts;
}

function safeHref(raw: string): string | undefined {
  try {
    const url = new URL(raw);
    return url.protocol === "https:" && url.hostname !== "" ? url.href : undefined;
  } catch {
    return undefined;
  }
}
