// Warning texts may be shown only unchanged in content (BBK terms of use): we remove markup that is
// unsafe or that we do not render, and never rewrite words.
import sanitizeHtml from "sanitize-html";

/** The tags the warning contract allows (src/lib/contract/warnings.ts, warningTextSchema). */
const RICH_TEXT: sanitizeHtml.IOptions = {
  allowedTags: ["br", "p", "ul", "ol", "li", "b", "strong", "i", "em", "a"],
  allowedAttributes: { a: ["href"] },
  allowedSchemes: ["https"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  // Other tags are dropped but their text is kept; script, style and the like go with their content.
  disallowedTagsMode: "discard",
};

const PLAIN_TEXT: sanitizeHtml.IOptions = { allowedTags: [], allowedAttributes: {} };

/** Sanitised HTML for description and instruction; null for missing or blank input. */
export function sanitizeRichText(html: string | null | undefined): string | null {
  if (html == null) return null;
  const clean = sanitizeHtml(html, RICH_TEXT).trim();
  return clean === "" ? null : clean;
}

/**
 * Plain text for headline, event, contact and sender: senders put `<br/>` and entities there too.
 * Line breaks stay line breaks; the result is text, not HTML (the client escapes it when rendering).
 */
export function toPlainText(value: string | null | undefined): string | null {
  if (value == null) return null;
  if (!/[<&]/.test(value)) return value.trim() || null;
  const withBreaks = value.replace(/<br\s*\/?>/gi, "\n");
  const clean = decodeBasicEntities(sanitizeHtml(withBreaks, PLAIN_TEXT)).trim();
  return clean === "" ? null : clean;
}

/** sanitize-html escapes only these when writing text; &amp; last, so "&amp;lt;" stays "&lt;". */
function decodeBasicEntities(escaped: string): string {
  return escaped
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

/** A link we may show: http(s) only; anything else (javascript:, mailto: tricks, junk) is dropped. */
export function safeWebLink(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(trimmed);
    return url.protocol === "https:" || url.protocol === "http:" ? trimmed : null;
  } catch {
    return null;
  }
}
