// Rules of the map layers: what a feature must look like, how an import replaces the imported
// features of a layer (all or nothing), and reading a layer's configured source.
import {
  type FeatureWrite,
  featureWriteSchema,
  type ImportResult,
  LAYER_BOUNDS,
  LAYER_DEPARTMENTS,
  type LayerImportStatus,
  type LayerSource,
  MAP_LAYERS,
  type MapLayer,
  mapFeatureSchemas,
  type Publication,
} from "../../../src/lib/contract/map";
import { MAX_IMPORT_FEATURES, readFeatureCollection } from "../../../src/lib/contract/map-import";
import { z } from "../../../src/lib/contract/zod";
import { type Db, inTransaction } from "../../db/database";
import type { SignedInAccount } from "../../http/env";
import { ProblemError, validationProblem } from "../../http/problem";
import {
  deleteFeatures,
  findFeature,
  importedIds,
  layerCounts,
  layersWithSources,
  readSource,
  recordSourceRun,
  removeSource,
  saveFeatures,
  type StoredFeature,
  writeSource,
} from "./store";

/** Only vacant lots wait for the owners' objection period (§ 200 Abs. 3 BauGB). */
const publicationOf = (layer: MapLayer, asked: Publication | undefined): Publication =>
  layer === "vacant-lots" ? (asked ?? "notice-period") : "allowed";

/** A staff write as the layer's record; throws 400 validation_failed with the paths at fault. */
export function featureFromWrite(layer: MapLayer, id: string, input: FeatureWrite, now: Date): StoredFeature {
  const write = featureWriteSchema.parse(input);
  const parsed = mapFeatureSchemas[layer].safeParse({
    id,
    layer,
    geometry: write.geometry,
    properties: write.properties,
    sample: write.sample,
    updatedAt: now.toISOString(),
  });
  if (!parsed.success) throw validationProblem(parsed.error);
  return { record: parsed.data, publication: publicationOf(layer, write.publication), source: "manual" };
}

const MAX_REPORTED_ERRORS = 20;

/**
 * Reads a GeoJSON FeatureCollection as features of a layer (rules in the contract's map-import.ts).
 * Any fault rejects the whole collection: 422 geojson_invalid with the first faults.
 */
export function featuresFromGeoJson(layer: MapLayer, input: unknown, now: Date): StoredFeature[] {
  const reading = readFeatureCollection(layer, input, now);
  if (reading.faults.length > 0) {
    const detail =
      reading.kind === "read" ? `${reading.faults.length} faults; nothing was changed` : undefined;
    throw new ProblemError(422, "geojson_invalid", detail, reading.faults.slice(0, MAX_REPORTED_ERRORS));
  }
  if (reading.kind !== "read") throw new ProblemError(422, "geojson_invalid");
  return reading.features.map(({ record, publication }) => ({
    record,
    publication: publicationOf(layer, publication),
    source: "import",
  }));
}

/** The import is the complete set from its source: earlier imported features it lacks are removed. */
export async function replaceImported(
  db: Db,
  layer: MapLayer,
  features: StoredFeature[],
): Promise<ImportResult> {
  return inTransaction(db, async (trx) => {
    const incoming = new Set(features.map((f) => f.record.id));
    const gone = (await importedIds(trx, layer)).filter((id) => !incoming.has(id));
    const removed = await deleteFeatures(trx, layer, gone);
    await saveFeatures(trx, layer, features);
    return { imported: features.length, removed };
  });
}

// ---- Staff edits ----

/** The layers an account keeps (admins: every layer), with their counts and import sources. */
export async function layersOf(db: Db, account: SignedInAccount) {
  const counts = await layerCounts(db);
  const mine = MAP_LAYERS.filter(
    (l) => account.role === "admin" || LAYER_DEPARTMENTS[l] === account.department,
  );
  return Promise.all(
    mine.map(async (layer) => ({
      layer,
      ...(counts.get(layer) ?? { features: 0, published: 0 }),
      import: await readSource(db, layer),
    })),
  );
}

/** Creates or replaces one feature by hand; `created` tells which. */
export async function saveFeature(db: Db, layer: MapLayer, id: string, write: FeatureWrite, now: Date) {
  const feature = featureFromWrite(layer, id, write, now);
  const created = await inTransaction(db, async (trx) => {
    const existed = (await findFeature(trx, layer, id)) !== undefined;
    await saveFeatures(trx, layer, [feature]);
    return !existed;
  });
  return { feature, created };
}

export async function removeFeature(db: Db, layer: MapLayer, id: string): Promise<void> {
  const removed = await inTransaction(db, (trx) => deleteFeatures(trx, layer, [id]));
  if (removed === 0) throw new ProblemError(404, "not_found");
}

/** OGC API Features and WFS name the collection (feature type) to read; a GeoJSON file does not. */
export async function setSource(db: Db, layer: MapLayer, source: LayerSource): Promise<LayerImportStatus> {
  if (source.kind !== "geojson" && !source.collection)
    throw new ProblemError(400, "validation_failed", undefined, [
      { path: "collection", message: "OGC API Features and WFS need the collection or type name" },
    ]);
  await writeSource(db, layer, source);
  return readSource(db, layer);
}

export async function unsetSource(db: Db, layer: MapLayer): Promise<void> {
  if (!(await removeSource(db, layer))) throw new ProblemError(404, "not_found");
}

/** Runs the layer's configured import now (staff asked for it). */
export async function runLayerSource(db: Db, layer: MapLayer): Promise<ImportResult> {
  const { source } = await readSource(db, layer);
  if (!source) throw new ProblemError(404, "not_found", "This layer has no import source");
  return runSourceImport(db, layer, source);
}

export type SourceFetchOptions = {
  fetch?: typeof globalThis.fetch;
  timeoutMs?: number;
  now?: () => Date;
};

const SOURCE_TIMEOUT_MS = 15_000;
const MAX_SOURCE_BYTES = 20 * 1024 * 1024;
const MAX_PAGES = 50;

/** The first page to ask for: a plain GeoJSON file, OGC API Features items, or a WFS GetFeature. */
export function sourceUrl(source: LayerSource): string {
  const url = new URL(source.url);
  const bbox = LAYER_BOUNDS.join(",");
  if (source.kind === "ogc-features") {
    // OGC API - Features Part 1: /collections/{collectionId}/items, GeoJSON, paged by rel="next".
    url.pathname = `${url.pathname.replace(/\/$/, "")}/collections/${encodeURIComponent(source.collection ?? "")}/items`;
    url.searchParams.set("f", "json");
    url.searchParams.set("limit", "500");
    url.searchParams.set("bbox", bbox);
  } else if (source.kind === "wfs") {
    // WFS 2.0 GetFeature as GeoJSON; EPSG:4326 in longitude, latitude order (CRS84 axis order).
    for (const [key, value] of Object.entries({
      service: "WFS",
      version: "2.0.0",
      request: "GetFeature",
      typeNames: source.collection ?? "",
      outputFormat: "application/json",
      srsName: "urn:ogc:def:crs:OGC:1.3:CRS84",
      count: String(MAX_IMPORT_FEATURES),
    }))
      url.searchParams.set(key, value);
  }
  return url.toString();
}

const pageSchema = z.object({
  type: z.literal("FeatureCollection"),
  features: z.array(z.unknown()),
  links: z.array(z.object({ rel: z.string(), href: z.string() })).optional(),
});

/** Reads every page of the source; throws layer_source_timeout or layer_source_failed. */
async function fetchSource(source: LayerSource, options: SourceFetchOptions): Promise<unknown> {
  const doFetch = options.fetch ?? globalThis.fetch;
  const signal = AbortSignal.timeout(options.timeoutMs ?? SOURCE_TIMEOUT_MS);
  const features: unknown[] = [];
  let next: string | undefined = sourceUrl(source);
  for (let page = 0; next && page < MAX_PAGES; page++) {
    let body: string;
    try {
      const response = await doFetch(next, {
        signal,
        headers: { accept: "application/geo+json, application/json" },
      });
      if (!response.ok) {
        await response.body?.cancel().catch(() => {});
        throw new ProblemError(502, "layer_source_failed", `The source answered ${response.status}`);
      }
      if (Number(response.headers.get("content-length") ?? 0) > MAX_SOURCE_BYTES)
        throw new ProblemError(502, "layer_source_failed", "The source's answer is too large");
      body = await response.text();
    } catch (error) {
      if (error instanceof ProblemError) throw error;
      if (signal.aborted) throw new ProblemError(504, "layer_source_timeout");
      throw new ProblemError(502, "layer_source_failed", "The source could not be reached");
    }
    let parsed;
    try {
      parsed = pageSchema.safeParse(JSON.parse(body));
    } catch {
      throw new ProblemError(502, "layer_source_failed", "The source did not answer with JSON");
    }
    if (!parsed.success)
      throw new ProblemError(502, "layer_source_failed", "The source's answer is not GeoJSON");
    features.push(...parsed.data.features);
    const link =
      source.kind === "ogc-features" ? parsed.data.links?.find((l) => l.rel === "next") : undefined;
    next = link ? new URL(link.href, next).toString() : undefined;
  }
  return { type: "FeatureCollection", features };
}

/**
 * Imports a layer from its configured source. A failure (unreachable, timeout, invalid data) is
 * recorded and thrown; the layer keeps its data.
 */
export async function runSourceImport(
  db: Db,
  layer: MapLayer,
  source: LayerSource,
  options: SourceFetchOptions = {},
): Promise<ImportResult> {
  const now = options.now?.() ?? new Date();
  try {
    const collection = await fetchSource(source, options);
    const result = await replaceImported(db, layer, featuresFromGeoJson(layer, collection, now));
    await recordSourceRun(db, layer, now.toISOString(), { ok: true, features: result.imported });
    return result;
  } catch (error) {
    const message =
      error instanceof ProblemError
        ? [error.message, ...(error.errors ?? []).slice(0, 3).map((e) => `${e.path}: ${e.message}`)].join(
            "; ",
          )
        : "unexpected error";
    await recordSourceRun(db, layer, now.toISOString(), { ok: false, error: message });
    if (error instanceof ProblemError && error.code === "geojson_invalid")
      throw new ProblemError(502, "layer_source_failed", message, error.errors);
    throw error;
  }
}

/** Imports every layer that has a source; one failing layer does not stop the others. */
export async function importAllSources(
  db: Db,
  onResult: (layer: MapLayer, outcome: ImportResult | Error) => void,
  options: SourceFetchOptions = {},
): Promise<void> {
  for (const layer of await layersWithSources(db)) {
    const { source } = await readSource(db, layer);
    if (!source) continue;
    try {
      onResult(layer, await runSourceImport(db, layer, source, options));
    } catch (error) {
      onResult(layer, error instanceof Error ? error : new Error(String(error)));
    }
  }
}
