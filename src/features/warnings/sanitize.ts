// The second pass over the sender's HTML (the server sanitised it already): a new tree is built
// from an allowlist, so nothing the source sent can run or restyle the page, whatever the server did.
const KEPT = new Set(["BR", "P", "UL", "OL", "LI", "B", "STRONG", "I", "EM", "A"]);
/** Their content is code or hidden markup, not text a reader should see. */
const DROPPED = new Set([
  "SCRIPT",
  "STYLE",
  "TEMPLATE",
  "NOSCRIPT",
  "IFRAME",
  "OBJECT",
  "EMBED",
  "SVG",
  "MATH",
]);

function safeHref(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

function copyChildren(from: Node, to: Node, doc: Document): void {
  for (const child of Array.from(from.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) {
      to.appendChild(doc.createTextNode(child.textContent ?? ""));
    } else if (child instanceof Element) {
      const tag = child.tagName.toUpperCase();
      if (DROPPED.has(tag)) continue;
      if (!KEPT.has(tag)) {
        // Unknown markup keeps its words and loses the tag.
        copyChildren(child, to, doc);
        continue;
      }
      const href = tag === "A" ? safeHref(child.getAttribute("href")) : null;
      if (tag === "A" && !href) {
        copyChildren(child, to, doc);
        continue;
      }
      const copy = doc.createElement(tag.toLowerCase());
      if (href) {
        copy.setAttribute("href", href);
        copy.setAttribute("rel", "noopener noreferrer");
        copy.setAttribute("target", "_blank");
      }
      copyChildren(child, copy, doc);
      to.appendChild(copy);
    }
    // Comments and processing instructions are left out.
  }
}

/** The allowed part of `html` as nodes of `doc`: br, p, ul, ol, li, b, strong, i, em, a[href^=https:]. */
export function sanitizeHtml(html: string, doc: Document = document): DocumentFragment {
  const parsed = new DOMParser().parseFromString(html, "text/html");
  const fragment = doc.createDocumentFragment();
  copyChildren(parsed.body, fragment, doc);
  return fragment;
}
