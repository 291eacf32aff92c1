// The console's form for one map feature: which fields each layer has, the form's text values to
// and from the API's FeatureWrite, and the contract's own schema as the check before sending (the
// server checks the same again). Errors are translation keys (staff.map.errors.<field>).
import {
  AVAILABILITIES,
  COVERAGE_QUALITIES,
  DEVELOPMENT_STATES,
  EXPANSION_STATES,
  type FeatureWrite,
  HOTSPOT_PLACES,
  HOTSPOT_STATES,
  LAND_USES,
  type MapLayer,
  mapFeatureSchemas,
  type Publication,
  SCHOOL_KINDS,
  type StaffMapFeature,
} from "../../../lib/contract/map";
import type { Fault } from "./api";
import type { FieldErrors } from "../../../lib/field-errors";

export type PropertyField =
  | "district"
  | "flur"
  | "parcelNumber"
  | "street"
  | "postalCode"
  | "areaSqm"
  | "planningKind"
  | "plan"
  | "use"
  | "development"
  | "availability"
  | "name"
  | "place"
  | "hotspotStatus"
  | "schoolKind"
  | "expansionStatus"
  | "plannedMonth"
  | "provider"
  | "quality"
  | "reportedOn"
  | "note";
export type FormField = "id" | "lat" | "lon" | "geometry" | PropertyField;

export type FieldSpec = {
  name: PropertyField;
  /** Where the value sits in the layer's `properties`. */
  path: readonly string[];
  kind: "text" | "int" | "select" | "date" | "multiline";
  /** Choices of a select, and the key prefix of their labels ("map.values.use"). */
  options?: readonly string[];
  optionLabels?: string;
  optional?: boolean;
  /** Shown (and sent) only when this holds, e.g. the plan number only for a Bebauungsplan. */
  when?: (values: PropertyValues) => boolean;
};
export type PropertyValues = Partial<Record<PropertyField, string>>;

const PLANNING_KINDS = ["plan", "section-34"] as const;
const select = (name: PropertyField, path: string[], options: readonly string[], optionLabels: string) =>
  ({ name, path, kind: "select", options, optionLabels }) as const satisfies FieldSpec;
const address: FieldSpec[] = [
  { name: "street", path: ["address", "street"], kind: "text" },
  { name: "postalCode", path: ["address", "postalCode"], kind: "text" },
];

/** The properties of each layer's schema (src/lib/contract/map.ts) as form fields, in form order. */
export const PROPERTY_FIELDS: Record<MapLayer, readonly FieldSpec[]> = {
  "vacant-lots": [
    { name: "street", path: ["street"], kind: "text" },
    { name: "district", path: ["parcel", "district"], kind: "text" },
    { name: "flur", path: ["parcel", "flur"], kind: "int" },
    { name: "parcelNumber", path: ["parcel", "number"], kind: "text" },
    { name: "areaSqm", path: ["areaSqm"], kind: "int" },
    select("planningKind", ["planningLaw", "kind"], PLANNING_KINDS, "map.console.planningKinds"),
    { name: "plan", path: ["planningLaw", "plan"], kind: "text", when: (v) => v.planningKind === "plan" },
    select("use", ["use"], LAND_USES, "map.values.use"),
    select("development", ["development"], DEVELOPMENT_STATES, "map.values.development"),
    select("availability", ["availability"], AVAILABILITIES, "map.values.availability"),
  ],
  wifi: [
    { name: "name", path: ["name"], kind: "text" },
    select("place", ["place"], HOTSPOT_PLACES, "map.values.hotspotPlace"),
    ...address,
    select("hotspotStatus", ["status"], HOTSPOT_STATES, "map.values.hotspotStatus"),
  ],
  schools: [
    { name: "name", path: ["name"], kind: "text" },
    select("schoolKind", ["kind"], SCHOOL_KINDS, "map.values.schoolKind"),
    ...address,
  ],
  broadband: [
    { name: "name", path: ["name"], kind: "text" },
    select("expansionStatus", ["status"], EXPANSION_STATES, "map.values.expansion"),
    { name: "plannedMonth", path: ["plannedMonth"], kind: "text", optional: true },
    { name: "provider", path: ["provider"], kind: "text", optional: true },
  ],
  "mobile-coverage": [
    select("quality", ["quality"], COVERAGE_QUALITIES, "map.values.coverage"),
    { name: "reportedOn", path: ["reportedOn"], kind: "date" },
    { name: "note", path: ["note"], kind: "multiline", optional: true },
  ],
};

export type GeometryMode = "point" | "area";

/** Points by latitude and longitude, areas as GeoJSON; vacant lots may be either. */
export const GEOMETRY_MODES: Record<MapLayer, readonly GeometryMode[]> = {
  "vacant-lots": ["point", "area"],
  wifi: ["point"],
  schools: ["point"],
  broadband: ["area"],
  "mobile-coverage": ["point"],
};

export type FeatureForm = {
  id: string;
  mode: GeometryMode;
  lat: string;
  lon: string;
  /** GeoJSON geometry text (areas). */
  geometry: string;
  properties: PropertyValues;
  /** Vacant lots only (§ 200 Abs. 3 BauGB); the server keeps other layers published. */
  publication: Publication;
  sample: boolean;
};

export const visibleFields = (layer: MapLayer, values: PropertyValues) =>
  PROPERTY_FIELDS[layer].filter((spec) => spec.when?.(values) ?? true);

/** A new feature: selects on their first choice, a fresh id the person may change. */
export function emptyForm(layer: MapLayer, today: string, suffix: string): FeatureForm {
  const properties: PropertyValues = {};
  for (const spec of PROPERTY_FIELDS[layer]) {
    if (spec.options) properties[spec.name] = spec.options[0];
    if (spec.kind === "date") properties[spec.name] = today;
  }
  return {
    id: `${layer}-${suffix}`,
    mode: GEOMETRY_MODES[layer][0]!,
    lat: "",
    lon: "",
    geometry: "",
    properties,
    publication: "notice-period",
    sample: false,
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

function at(value: unknown, path: readonly string[]): unknown {
  let node = value;
  for (const key of path) node = isRecord(node) ? node[key] : undefined;
  return node;
}

/** The stored feature in the form's terms. */
export function formOf(feature: StaffMapFeature): FeatureForm {
  const properties: PropertyValues = {};
  for (const spec of PROPERTY_FIELDS[feature.layer]) {
    const value = at(feature.properties, spec.path);
    if (typeof value === "string" || typeof value === "number") properties[spec.name] = String(value);
  }
  const point = feature.geometry.type === "Point" ? feature.geometry.coordinates : null;
  return {
    id: feature.id,
    mode: point ? "point" : "area",
    lat: point ? String(point[1]) : "",
    lon: point ? String(point[0]) : "",
    geometry: point ? "" : JSON.stringify(feature.geometry, null, 2),
    properties,
    publication: feature.publication,
    sample: feature.sample,
  };
}

function setAt(target: Record<string, unknown>, [head, ...rest]: readonly string[], value: unknown): void {
  if (head === undefined) return;
  if (rest.length === 0) {
    target[head] = value;
    return;
  }
  const child = target[head];
  const node = isRecord(child) ? child : {};
  target[head] = node;
  setAt(node, rest, value);
}

/** Decimal degrees as people type them: "53,0505" as well as "53.0505". */
const degrees = (text: string) => {
  const trimmed = text.trim().replace(",", ".");
  return /^-?\d{1,3}(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
};

export function propertiesOf(layer: MapLayer, values: PropertyValues): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const spec of visibleFields(layer, values)) {
    const text = (values[spec.name] ?? "").trim();
    if (text === "" && spec.optional) continue;
    setAt(properties, spec.path, spec.kind === "int" && /^\d+$/.test(text) ? Number(text) : text);
  }
  return properties;
}

type GeometryResult = { geometry: unknown; errors: FieldErrors<FormField> };

function geometryOf(form: FeatureForm): GeometryResult {
  if (form.mode === "point") {
    const lat = degrees(form.lat);
    const lon = degrees(form.lon);
    const errors: FieldErrors<FormField> = {};
    if (Number.isNaN(lat)) errors.lat = "map.console.errors.lat";
    if (Number.isNaN(lon)) errors.lon = "map.console.errors.lon";
    return { geometry: { type: "Point", coordinates: [lon, lat] }, errors };
  }
  try {
    const geometry: unknown = JSON.parse(form.geometry);
    return { geometry, errors: {} };
  } catch {
    return { geometry: null, errors: { geometry: "map.console.errors.geometryJson" } };
  }
}

const startsWith = (path: readonly PropertyKey[], prefix: readonly PropertyKey[]) =>
  prefix.every((key, index) => path[index] === key);

/** The form field an issue of the layer's schema is about. */
function fieldOfIssue(
  layer: MapLayer,
  form: FeatureForm,
  path: readonly PropertyKey[],
): FormField | undefined {
  const [head, ...rest] = path;
  if (head === "id") return "id";
  if (head === "geometry") return form.mode === "point" ? "lat" : "geometry";
  if (head !== "properties") return undefined;
  const spec = visibleFields(layer, form.properties).find(
    (s) => startsWith(rest, s.path) || startsWith(s.path, rest),
  );
  return spec?.name;
}

export type CheckedWrite = { id: string; body: FeatureWrite; errors: FieldErrors<FormField> };

/**
 * The request for the form, checked against the layer's schema. `takenIds` are the layer's other
 * ids: a new feature must not overwrite one of them (PUT would).
 */
export function checkForm(
  layer: MapLayer,
  form: FeatureForm,
  takenIds: ReadonlySet<string> = new Set(),
): CheckedWrite {
  const { geometry, errors } = geometryOf(form);
  const properties = propertiesOf(layer, form.properties);
  const id = form.id.trim();
  const parsed = mapFeatureSchemas[layer].safeParse({
    id,
    layer,
    geometry,
    properties,
    sample: form.sample,
    updatedAt: new Date().toISOString(),
  });
  const found: FieldErrors<FormField> = { ...errors };
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldOfIssue(layer, form, issue.path);
      // Unreadable coordinates are named already; the schema's complaint about them adds nothing.
      if (!field || found[field] || (field === "lat" && found.lon)) continue;
      found[field] = field === "lat" ? "map.console.errors.position" : `map.console.errors.${field}`;
    }
  }
  if (!found.id && takenIds.has(id)) found.id = "map.console.errors.idTaken";
  const body: FeatureWrite = { geometry, properties, sample: form.sample };
  if (layer === "vacant-lots") body.publication = form.publication;
  return { id, body, errors: orderedErrors(layer, form, found) };
}

/** The server's faults of a refused write ("properties.parcel.flur") as the form's fields. */
export function faultFields(
  layer: MapLayer,
  form: FeatureForm,
  faults: readonly Fault[],
): FieldErrors<FormField> {
  const found: FieldErrors<FormField> = {};
  for (const fault of faults) {
    const field = fieldOfIssue(layer, form, fault.path.split("."));
    if (field && !found[field])
      found[field] = field === "lat" ? "map.console.errors.position" : `map.console.errors.${field}`;
  }
  return orderedErrors(layer, form, found);
}

/** In the order of the form, so the summary reads top to bottom. */
function orderedErrors(layer: MapLayer, form: FeatureForm, errors: FieldErrors<FormField>) {
  const order: FormField[] = [
    "id",
    "lat",
    "lon",
    "geometry",
    ...visibleFields(layer, form.properties).map((s) => s.name),
  ];
  const sorted: FieldErrors<FormField> = {};
  for (const field of order) if (errors[field]) sorted[field] = errors[field];
  return sorted;
}
