// A council file through our server: fetched from the council information system on first demand
// (http(s) only, with a deadline and a size limit, its type read from the content as uploads are),
// kept in a bounded cache in the database (least recently used out), and its text read for the
// full-text search. The sample's files have no upstream: the seed puts them into the cache itself.
import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import { type Db, inTransaction } from "../../db/database";
import type { OparlFile } from "../../integrations/oparl-normalize";
import { extractPdfText } from "./pdf-text";
import {
  findCouncilFile,
  readCachedFile,
  readFileText,
  unreadPaperFileKeys,
  writeCachedFile,
  writeFileText,
  writeFileTextFailure,
} from "./files-store";

/** What the cache may hold in all (the sample's files not counted). */
export const COUNCIL_FILE_CACHE_BYTES = 256 * 1024 * 1024;
/** The largest file fetched: council PDFs with plans attached reach 20-30 MB. */
export const COUNCIL_FILE_MAX_BYTES = 40 * 1024 * 1024;
const TIMEOUT_MS = 30_000;

/** Types a council file may have (read from the content): documents and scans, never HTML or scripts. */
const ALLOWED_TYPES = new Set([
  "application/pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.oasis.opendocument.text",
  "application/vnd.oasis.opendocument.spreadsheet",
  "application/x-cfb",
  "image/jpeg",
  "image/png",
  "image/tiff",
]);

export class CouncilFileError extends Error {
  constructor(
    readonly reason: "not-found" | "upstream-failed" | "upstream-timeout" | "too-large" | "unsupported-type",
    message: string,
  ) {
    super(message);
  }
}

export type CouncilFileOptions = {
  fetch?: typeof globalThis.fetch;
  timeoutMs?: number;
  maxBytes?: number;
  cacheBytes?: number;
  now?: () => Date;
};

export type ServedCouncilFile = {
  content: Uint8Array;
  mediaType: string;
  etag: string;
  /** The name to save it under ("Beschlussvorlage BV 2026-0142.pdf"). */
  fileName: string;
  /** True when it came from the upstream just now (its text is read in the background). */
  fetched: boolean;
};

const etagOf = (content: Uint8Array) =>
  `"${createHash("sha256").update(content).digest("base64url").slice(0, 27)}"`;

const EXTENSIONS: Record<string, string> = {
  "application/pdf": "pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
  "application/vnd.oasis.opendocument.text": "odt",
  "application/vnd.oasis.opendocument.spreadsheet": "ods",
  "application/x-cfb": "doc",
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/tiff": "tif",
};

/** A name safe in Content-Disposition: no paths or control characters, the extension of its real type. */
export function downloadName(file: OparlFile, mediaType: string): string {
  const base = (file.fileName ?? file.name)
    .replace(/^.*[\\/]/, "")
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\u0000-\u001f\u007f"<>:|?*]/g, "")
    .trim()
    .slice(0, 120);
  const ext = EXTENSIONS[mediaType] ?? "bin";
  const stem = base.replace(/\.[a-z0-9]{1,5}$/i, "") || "dokument";
  return `${stem}.${ext}`;
}

/** Reads the answer's body up to `maxBytes`; more is refused without reading it all. */
async function readLimited(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get("content-length") ?? "NaN");
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw new CouncilFileError("too-large", `${url}: ${declared} bytes`);
  }
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new CouncilFileError("too-large", `${url}: more than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

async function fetchUpstream(url: string, options: CouncilFileOptions): Promise<Uint8Array> {
  const protocol = new URL(url).protocol;
  if (protocol !== "https:" && protocol !== "http:") {
    throw new CouncilFileError("not-found", `${url}: not http(s)`);
  }
  const signal = AbortSignal.timeout(options.timeoutMs ?? TIMEOUT_MS);
  try {
    const response = await (options.fetch ?? globalThis.fetch)(url, {
      signal,
      redirect: "follow",
      headers: { Accept: "application/pdf, */*;q=0.5" },
    });
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      throw new CouncilFileError("upstream-failed", `${url}: ${response.status}`);
    }
    return await readLimited(response, options.maxBytes ?? COUNCIL_FILE_MAX_BYTES, url);
  } catch (error) {
    if (error instanceof CouncilFileError) throw error;
    if (signal.aborted) throw new CouncilFileError("upstream-timeout", `${url}: no answer in time`);
    throw new CouncilFileError(
      "upstream-failed",
      `${url}: ${error instanceof Error ? error.message : "failed"}`,
    );
  }
}

/** The file an id names: from the cache, or fetched now and kept. */
export async function openCouncilFile(
  db: Db,
  key: string,
  options: CouncilFileOptions = {},
): Promise<ServedCouncilFile> {
  const now = options.now?.() ?? new Date();
  const found = await findCouncilFile(db, key);
  if (!found) throw new CouncilFileError("not-found", key);
  const source = found.file.accessUrl;
  const cached = await readCachedFile(db, key, now);
  // The sample's files live only in the cache; a real file moved by the import is fetched anew.
  if (cached && (found.sample || cached.source === source)) {
    return { ...cached, fileName: downloadName(found.file, cached.mediaType), fetched: false };
  }
  if (!source) throw new CouncilFileError("not-found", `${key}: no address`);
  const content = await fetchUpstream(source, options);
  const detected = content.byteLength > 0 ? await fileTypeFromBuffer(content) : undefined;
  if (!detected || !ALLOWED_TYPES.has(detected.mime)) {
    throw new CouncilFileError("unsupported-type", `${source}: ${detected?.mime ?? "unknown type"}`);
  }
  const file = { source, content, mediaType: detected.mime, etag: etagOf(content), sample: false };
  await writeCachedFile(db, key, file, now, options.cacheBytes ?? COUNCIL_FILE_CACHE_BYTES);
  return { ...file, fileName: downloadName(found.file, file.mediaType), fetched: true };
}

/** Stores the sample's own file (the seed): served and searched like a fetched one, never evicted. */
export async function storeSampleFile(db: Db, key: string, source: string, pdf: Uint8Array, now: Date) {
  const file = { source, content: pdf, mediaType: "application/pdf", etag: etagOf(pdf), sample: true };
  await writeCachedFile(db, key, file, now, COUNCIL_FILE_CACHE_BYTES);
  await indexFileText(db, key, file, now);
}

/**
 * Reads a file's text into the search index. A PDF that cannot be read keeps the last good text and
 * records why; other types are not searched (their state says so, so the prefetch skips them).
 */
export async function indexFileText(
  db: Db,
  key: string,
  file: { content: Uint8Array; mediaType: string },
  now: Date,
): Promise<"indexed" | "failed" | "skipped"> {
  if (file.mediaType !== "application/pdf") {
    if (!(await readFileText(db, key)))
      await writeFileTextFailure(db, key, `not searched: ${file.mediaType}`, now);
    return "skipped";
  }
  let text: string;
  try {
    text = await extractPdfText(file.content);
  } catch (error) {
    await writeFileTextFailure(db, key, error instanceof Error ? error.message : String(error), now);
    return "failed";
  }
  await inTransaction(db, (trx) => writeFileText(trx, key, text, now));
  return "indexed";
}

/** Texts being read after a file was served; tests and shutdown wait for them. */
const reading = new Set<Promise<unknown>>();

/** Reads the text of a file just fetched without holding up its answer. */
export function indexInBackground(
  db: Db,
  key: string,
  file: ServedCouncilFile,
  onError: (e: unknown) => void,
) {
  const job = indexFileText(db, key, file, new Date())
    .catch(onError)
    .finally(() => reading.delete(job));
  reading.add(job);
}

/** Resolves once every background reading has ended. */
export async function councilIndexingSettled(): Promise<void> {
  while (reading.size > 0) await Promise.allSettled([...reading]);
}

/**
 * After an import: fetches and reads up to `limit` papers' PDFs never read, one at a time, so the
 * search knows them before anyone opened them. A failing file is noted and the next one tried.
 */
export async function prefetchPaperFiles(
  db: Db,
  options: CouncilFileOptions & { limit: number; signal?: AbortSignal },
): Promise<{ indexed: number; failed: number }> {
  let indexed = 0;
  let failed = 0;
  for (const key of await unreadPaperFileKeys(db, options.limit)) {
    if (options.signal?.aborted) break;
    const now = options.now?.() ?? new Date();
    try {
      const file = await openCouncilFile(db, key, options);
      if ((await indexFileText(db, key, file, now)) === "failed") failed++;
      else indexed++;
    } catch (error) {
      failed++;
      await writeFileTextFailure(db, key, error instanceof Error ? error.message : String(error), now);
    }
  }
  return { indexed, failed };
}
