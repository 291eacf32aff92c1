// Open311 GeoReport v2 shapes (github.com/open311 GeoReport_v2): services from the report
// categories, service requests from reports, the spec's errors; written as JSON or XML. Element
// names and their order follow the specification's examples (as the CfA and SF311 answers do).
// A request shows category, position and status at once; its description and photo only once
// staff reviewed them, and never the reporter's email or name.
import { XMLBuilder } from "fast-xml-parser";
import {
  CATEGORY_DEPARTMENTS,
  CATEGORY_NAMES_DE,
  isOpenStatus,
  REPORT_CATEGORIES,
  type ReportCategory,
} from "../../../src/lib/contract/reports";
import { departmentName } from "../applications/texts";
import { publicReport } from "./views";
import type { PhotoMeta, ReportRow } from "./store";

export type Format = "json" | "xml";
/** The spec's error: a list of {code, description}; in XML `<errors><error>`. */
export class Open311Error extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 413 | 429 | 500,
    readonly description: string,
  ) {
    super(description);
  }
}

const CATEGORY_DESCRIPTIONS: Record<ReportCategory, string> = {
  "street-lighting": "Straßenlaterne dunkel, flackert oder ist beschädigt.",
  "road-damage": "Schlagloch, beschädigter Gehweg oder Radweg, lose Platten.",
  "illegal-dumping": "Illegal abgelagerter Müll oder Sperrmüll im öffentlichen Raum.",
  graffiti: "Graffiti oder Schmierereien an öffentlichen Gebäuden und Anlagen.",
  playgrounds: "Beschädigte oder gefährliche Spielgeräte, Verschmutzung auf Spielplätzen.",
  "traffic-signs": "Verkehrszeichen fehlt, ist verdreht, verdeckt oder beschädigt.",
  "public-green": "Öffentliche Grünflächen, Bäume, Hecken, Parkbänke.",
  "water-sewage": "Verstopfter Gully, Wasseraustritt, defekter Kanaldeckel.",
  "bus-stops": "Beschädigte Haltestelle, Fahrplanaushang, Wartehalle.",
  other: "Andere Mängel im öffentlichen Raum.",
};

export const isServiceCode = (code: string): code is ReportCategory =>
  (REPORT_CATEGORIES as readonly string[]).includes(code);

export function services() {
  return REPORT_CATEGORIES.map((code) => ({
    service_code: code,
    service_name: CATEGORY_NAMES_DE[code],
    description: CATEGORY_DESCRIPTIONS[code],
    metadata: false,
    type: "realtime",
    keywords: code,
    group: departmentName(CATEGORY_DEPARTMENTS[code]),
  }));
}

/** No category asks for extra attributes (metadata is false); the definition is still answered. */
export const serviceDefinition = (code: ReportCategory) => ({ service_code: code, attributes: [] });

/** W3C date-time with its zone, without fractions: "2026-12-06T17:46:13Z". */
const w3c = (iso: string) => iso.replace(/\.\d+Z$/, "Z");

export function serviceRequest(row: ReportRow, photos: readonly PhotoMeta[], origin: string) {
  const report = publicReport(row, photos);
  const category = report.category;
  const photo = report.photos[0];
  return {
    service_request_id: report.id,
    status: isOpenStatus(report.status) ? "open" : "closed",
    status_notes: report.publicNote,
    service_name: CATEGORY_NAMES_DE[category],
    service_code: category,
    description: report.description,
    agency_responsible: departmentName(row.department),
    service_notice: null,
    requested_datetime: w3c(report.createdAt),
    updated_datetime: w3c(report.updatedAt),
    expected_datetime: null,
    address: report.address,
    address_id: null,
    zipcode: null,
    lat: report.lat,
    long: report.lon,
    media_url: photo ? `${origin}${photo.large}` : null,
  };
}

export const discovery = (origin: string, changeset: string) => ({
  changeset,
  contact: "Stadt Delmenhorst, Mängelmelder in der Delmenhorst App",
  key_service: "API-Schlüssel vergibt die Stadt Delmenhorst auf Anfrage; ohne Schlüssel gilt ein Ratenlimit.",
  endpoints: [
    {
      specification: "http://wiki.open311.org/GeoReport_v2",
      url: `${origin}/open311/v2`,
      changeset,
      type: "production",
      formats: ["text/xml", "application/json"],
    },
  ],
});

// ---- Writing ----

const builder = new XMLBuilder({ format: true, indentBy: "\t" });
// XML 1.0 allows no control characters but tab, line feed and carriage return.
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function xmlSafe(value: unknown): unknown {
  if (typeof value === "string") return value.replace(XML_INVALID, "");
  if (value === null) return "";
  if (Array.isArray(value)) return value.map(xmlSafe);
  if (typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, xmlSafe(inner)]));
  }
  return value;
}

export const xmlDocument = (root: string, content: unknown) =>
  `<?xml version="1.0" encoding="utf-8"?>\n${builder.build({ [root]: xmlSafe(content) })}`;

/** A list as the spec writes it: a JSON array, or `<root><item>…</item></root>`. */
export function listBody(format: Format, root: string, item: string, entries: unknown[]) {
  return format === "json" ? JSON.stringify(entries) : xmlDocument(root, { [item]: entries });
}

export function errorBody(format: Format, error: Open311Error) {
  const entry = { code: error.status, description: error.description };
  return format === "json" ? JSON.stringify([entry]) : xmlDocument("errors", { error: [entry] });
}

export const mediaTypeOf = (format: Format) =>
  format === "json" ? "application/json; charset=utf-8" : "text/xml; charset=utf-8";
