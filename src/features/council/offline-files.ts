// What the council pages and the service worker (sw/runtime-caches.ts) share about council files
// kept for offline reading: the cache's name, how many it keeps, and which of them a device holds.

/** Runtime cache of opened council files; its name starts like the app's others (cleanup on activate). */
export const COUNCIL_FILES_CACHE = "delmenhorst-council-files-v1";
/** Files kept (the least recently opened go first): council PDFs run to several megabytes each. */
export const COUNCIL_FILES_KEPT = 30;
export const COUNCIL_FILES_MAX_AGE_SECONDS = 90 * 24 * 3600;

const PREFIX = "/api/council/files/";

/** Our address of a council file (the server fetches it from the council information system). */
export const councilFileUrl = (id: string): string => `${PREFIX}${encodeURIComponent(id)}`;

/** The file id an address names, or undefined when it is no council file of ours. */
export function councilFileIdOf(url: URL, origin: string): string | undefined {
  if (url.origin !== origin || !url.pathname.startsWith(PREFIX)) return undefined;
  const id = decodeURIComponent(url.pathname.slice(PREFIX.length));
  return /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : undefined;
}

/** Only a whole, public answer is kept: never an error, a partial range or a private answer. */
export const keepsCouncilFile = (response: Response): boolean =>
  response.status === 200 && /\bpublic\b/.test(response.headers.get("Cache-Control") ?? "");

/** Ids of the council files this device can open offline (empty where there is no Cache Storage). */
export async function offlineCouncilFileIds(
  storage: CacheStorage | null = "caches" in globalThis ? globalThis.caches : null,
): Promise<Set<string>> {
  if (!storage || !(await storage.has(COUNCIL_FILES_CACHE))) return new Set();
  const requests = await (await storage.open(COUNCIL_FILES_CACHE)).keys();
  const origin = globalThis.location?.origin ?? "";
  return new Set(
    requests.flatMap((request) => {
      const url = new URL(request.url);
      const id = councilFileIdOf(url, origin || url.origin);
      return id ? [id] : [];
    }),
  );
}
