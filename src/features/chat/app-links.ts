// Links to the app's own pages inside a message: a services guide page, an office, or the booking of
// a service (an agent's appointment proposal). The conversation shows them as cards made from the
// guide data on the device. Only addresses of the app's own origin count; others stay plain links.
export type AppLink =
  { kind: "service"; id: string } | { kind: "office"; id: string } | { kind: "booking"; serviceId: string };

const ADDRESS = /https?:\/\/[^\s<>"]+/g;
const TRAILING = /[.,;:!?)\]}'»“”]+$/;
/** A guide id as the guide writes them (slugs). */
const ID = /^[\w-]{1,200}$/;

function linkOf(url: URL): AppLink | undefined {
  const [, first, second, ...rest] = url.pathname.split("/");
  if (rest.length > 0) return undefined;
  const id = second === undefined ? undefined : decodeURIComponent(second);
  if (first === "dienstleistungen" && id && ID.test(id)) return { kind: "service", id };
  if (first === "standorte" && id && ID.test(id)) return { kind: "office", id };
  const serviceId = url.searchParams.get("dienst");
  if (first === "termine" && second === undefined && serviceId && ID.test(serviceId)) {
    return { kind: "booking", serviceId };
  }
  return undefined;
}

const keyOf = (link: AppLink) =>
  link.kind === "booking" ? `booking:${link.serviceId}` : `${link.kind}:${link.id}`;

/** The app links in `text`, each once, in the order they appear; `origin` is the app's own. */
export function appLinksIn(text: string, origin: string): AppLink[] {
  const links = new Map<string, AppLink>();
  for (const match of text.matchAll(ADDRESS)) {
    let url: URL;
    try {
      url = new URL(match[0].replace(TRAILING, ""));
    } catch {
      continue;
    }
    if (url.origin !== origin) continue;
    const link = linkOf(url);
    if (link && !links.has(keyOf(link))) links.set(keyOf(link), link);
  }
  return [...links.values()];
}
