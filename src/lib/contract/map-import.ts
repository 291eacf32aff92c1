// Reading a GeoJSON FeatureCollection as features of a layer: one set of rules for the server's
// import and the console's check before sending. Each feature's id is its `id` or `properties.id`;
// ids are unique; `properties.publication` (vacant lots) is a known state; `properties.sample`
// marks sample content; the rest must fit the layer's schema, whose unknown keys are dropped
// (never an owner's name). Imports nothing but zod and the contract.
import {
  type MapFeature,
  type MapLayer,
  mapFeatureSchemas,
  type Publication,
  PUBLICATION_STATES,
} from "./map";
import { z } from "./zod";

export type ImportFault = { path: string; message: string };
export type ImportedFeature = { record: MapFeature; publication: Publication | undefined };

export const MAX_IMPORT_FEATURES = 5000;

export const featureCollectionSchema = z.object({
  type: z.literal("FeatureCollection"),
  features: z
    .array(
      z.object({
        type: z.literal("Feature"),
        id: z.union([z.string(), z.number()]).optional(),
        geometry: z.unknown(),
        properties: z.record(z.string(), z.unknown()).nullable(),
      }),
    )
    .max(MAX_IMPORT_FEATURES),
});

export type CollectionReading =
  | { kind: "not-a-collection"; faults: ImportFault[] }
  | { kind: "read"; features: ImportedFeature[]; faults: ImportFault[] };

const issuesAt = (prefix: string, error: z.ZodError): ImportFault[] =>
  error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join(".") || "(root)",
    message: issue.message,
  }));

/** Every fault of the collection (an import takes all its features or none). */
export function readFeatureCollection(layer: MapLayer, input: unknown, now: Date): CollectionReading {
  const collection = featureCollectionSchema.safeParse(input);
  if (!collection.success) return { kind: "not-a-collection", faults: issuesAt("", collection.error) };
  const faults: ImportFault[] = [];
  const features: ImportedFeature[] = [];
  const seen = new Set<string>();
  collection.data.features.forEach((feature, index) => {
    const { id: propertyId, publication, sample, ...properties } = feature.properties ?? {};
    const id = String(feature.id ?? propertyId ?? "");
    if (seen.has(id)) faults.push({ path: `features.${index}.id`, message: `id "${id}" appears twice` });
    seen.add(id);
    const asked = z.enum(PUBLICATION_STATES).optional().safeParse(publication);
    if (!asked.success)
      faults.push({ path: `features.${index}.properties.publication`, message: "unknown state" });
    const parsed = mapFeatureSchemas[layer].safeParse({
      id,
      layer,
      geometry: feature.geometry,
      properties,
      sample: sample === true,
      updatedAt: now.toISOString(),
    });
    if (!parsed.success) faults.push(...issuesAt(`features.${index}`, parsed.error));
    else features.push({ record: parsed.data, publication: asked.data });
  });
  return { kind: "read", features, faults };
}
