// Checks a GeoJSON file for an import (map layers, shops) in the browser, by the rules the server applies (the
// contract's map-import.ts): any fault stops the whole import, as on the server.
import type { MapLayer } from "./contract/map";
import { featureCollectionSchema, readFeatureCollection } from "./contract/map-import";
import type { ProblemFault as Fault } from "./http";

/** The server takes up to 5 MB of JSON. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
/** As many faults as the server reports; a file with hundreds needs fixing at its source anyway. */
export const MAX_SHOWN_FAULTS = 20;

/** Why a file is not even a FeatureCollection: a translation key (staff.map.import.*). */
export class ImportFileError extends Error {
  constructor(readonly messageKey: string) {
    super(messageKey);
  }
}

export type CheckedImport = { collection: unknown; features: number; faults: Fault[]; faultCount: number };

/** Reads the file's text; throws ImportFileError when it is no GeoJSON FeatureCollection at all. */
export function checkImport(layer: MapLayer, text: string, now = new Date()): CheckedImport {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    throw new ImportFileError("map.console.import.notJson");
  }
  const reading = readFeatureCollection(layer, input, now);
  if (reading.kind !== "read") throw new ImportFileError("map.console.import.notCollection");
  const features = featureCollectionSchema.safeParse(input).data?.features.length ?? 0;
  if (features === 0) throw new ImportFileError("map.console.import.noFeatures");
  return {
    collection: input,
    features,
    faults: reading.faults.slice(0, MAX_SHOWN_FAULTS),
    faultCount: reading.faults.length,
  };
}

export type DescribedFault = {
  /** 1-based number of the feature in the file, or null for a fault of the file as a whole. */
  feature: number | null;
  /** The feature's id, when the file gives one. */
  id: string | null;
  /** Where in the feature: "geometry.coordinates.0", "properties.street". */
  field: string;
  message: string;
};

/** A fault in the words of someone looking at the file: the n-th feature, its id, the field. */
export function describeFault(fault: Fault, collection: unknown): DescribedFault {
  const match = /^features\.(\d+)(?:\.(.*))?$/.exec(fault.path);
  if (!match) return { feature: null, id: null, field: fault.path, message: fault.message };
  const index = Number(match[1]);
  const parsed = featureCollectionSchema.safeParse(collection);
  const feature = parsed.success ? parsed.data.features[index] : undefined;
  const rawId = feature?.id ?? feature?.properties?.["id"];
  const id = typeof rawId === "string" || typeof rawId === "number" ? String(rawId) : null;
  return { feature: index + 1, id, field: match[2] ?? "", message: fault.message };
}
