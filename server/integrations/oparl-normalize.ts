// OParl objects as the app keeps them: only the fields it shows, cleaned of what real servers send
// instead of values ("N/A", "", trailing spaces, broken offsets such as "+01::00"), with embedded
// objects (agenda items, files, consultations, memberships) carried whole inside their parent.
import { z } from "../../src/lib/contract/zod";

/** Delmenhorst's bounding box (BKG VG250), widened by about 5 km: points outside are not ours. */
const AREA = { west: 8.5, south: 52.94, east: 8.79, north: 53.16 };

export type OparlFile = {
  id: string;
  name: string;
  fileName?: string | undefined;
  mimeType?: string | undefined;
  size?: number | undefined;
  date?: string | undefined;
  accessUrl?: string | undefined;
  /** invitation, resultsProtocol, verbatimProtocol, mainFile or auxiliaryFile. */
  role: string;
};
export type OparlLocation = { id: string; description?: string | undefined; lat?: number; lon?: number };
export type OparlAgendaItem = {
  id: string;
  number?: string | undefined;
  name: string;
  public: boolean;
  result?: string | undefined;
  resolutionText?: string | undefined;
  consultationId?: string | undefined;
  files: OparlFile[];
};
export type OparlMeeting = {
  id: string;
  name: string;
  start?: string | undefined;
  end?: string | undefined;
  cancelled: boolean;
  organizationIds: string[];
  location?: OparlLocation | undefined;
  agendaItems: OparlAgendaItem[];
  files: OparlFile[];
};
export type OparlConsultation = {
  id: string;
  meetingId?: string | undefined;
  agendaItemId?: string | undefined;
  organizationIds: string[];
  role?: string | undefined;
  authoritative: boolean;
};
export type OparlPaper = {
  id: string;
  name: string;
  reference?: string | undefined;
  date?: string | undefined;
  paperType?: string | undefined;
  consultations: OparlConsultation[];
  files: OparlFile[];
  locations: OparlLocation[];
};
export type OparlOrganization = {
  id: string;
  name: string;
  shortName?: string | undefined;
  classification?: string | undefined;
  startDate?: string | undefined;
  endDate?: string | undefined;
};
export type OparlMembership = {
  id: string;
  personId?: string | undefined;
  organizationId?: string | undefined;
  role?: string | undefined;
  votingRight?: boolean | undefined;
  startDate?: string | undefined;
  endDate?: string | undefined;
};
export type OparlPerson = { id: string; name: string; memberships: OparlMembership[] };
/** A legislative term (Wahlperiode) of the Body. */
export type OparlLegislativeTerm = {
  id: string;
  name: string;
  startDate?: string | undefined;
  endDate?: string | undefined;
};

type Raw = Record<string, unknown>;

const PLACEHOLDERS = new Set(["", "n/a", "na", "-", "null", "undefined", "k.a."]);

/** A string with its spaces trimmed and inner runs collapsed; placeholders count as missing. */
export function cleanText(value: unknown): string | undefined {
  if (typeof value === "number") return String(value);
  if (typeof value !== "string") return undefined;
  const text = value.replace(/\s+/g, " ").trim();
  return PLACEHOLDERS.has(text.toLowerCase()) ? undefined : text;
}

/** An id (URL) or an embedded object's id. */
function reference(value: unknown): string | undefined {
  if (typeof value === "string") return cleanText(value);
  if (isRecord(value)) return cleanText(value.id);
  return undefined;
}

function references(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.map(reference).filter((id): id is string => id !== undefined);
}

/** A date-time as ISO 8601, repairing the offsets seen from ALLRIS ("+01::00", "+0100"); else undefined. */
export function cleanDateTime(value: unknown): string | undefined {
  const text = cleanText(value)
    ?.replace(/([+-]\d{2}):+(\d{2})$/, "$1:$2")
    .replace(/([+-]\d{2})(\d{2})$/, "$1:$2");
  if (!text || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text)) return undefined;
  return Number.isNaN(Date.parse(text)) ? undefined : text;
}

/** A calendar day (YYYY-MM-DD), also taken from the front of a date-time. */
export function cleanDate(value: unknown): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(cleanText(value) ?? "");
  return match && !Number.isNaN(Date.parse(match[1]!)) ? match[1] : undefined;
}

function cleanBoolean(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (value === "true" || value === 1) return true;
  if (value === "false" || value === 0) return false;
  return undefined;
}

const position = z.tuple([z.number(), z.number()]).rest(z.number());

const inArea = (lon: number, lat: number) =>
  lon >= AREA.west && lon <= AREA.east && lat >= AREA.south && lat <= AREA.north;

/**
 * A GeoJSON Point (bare or in a Feature) as lat/lon. GeoJSON is longitude first (RFC 7946 § 3.1.1),
 * but some servers send latitude first: a pair that lands in Delmenhorst only when swapped is swapped.
 */
export function pointOf(geojson: unknown): { lat: number; lon: number } | undefined {
  const geometry = isRecord(geojson) && geojson.type === "Feature" ? geojson.geometry : geojson;
  if (!isRecord(geometry) || geometry.type !== "Point") return undefined;
  const coordinates = position.safeParse(geometry.coordinates).data;
  if (!coordinates) return undefined;
  const [a, b] = coordinates;
  if (inArea(b, a) && !inArea(a, b)) return { lon: b, lat: a };
  if (Math.abs(a) > 180 || Math.abs(b) > 90) return undefined;
  return { lon: a, lat: b };
}

/** "4." < "4.3" < "10." < "10a": numeric parts compared as numbers, then the rest as text. */
export function compareAgendaNumbers(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  const parts = (s: string) => s.match(/\d+|[^\d.\s]+/g) ?? [];
  const [pa, pb] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const [x, y] = [pa[i], pb[i]];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const [nx, ny] = [Number(x), Number(y)];
    const diff =
      !Number.isNaN(nx) && !Number.isNaN(ny) ? nx - ny : x.localeCompare(y, "de", { numeric: true });
    if (diff !== 0) return diff;
  }
  return 0;
}

export function normalizeFile(raw: unknown, role: string): OparlFile | undefined {
  if (!isRecord(raw)) return undefined;
  const id = reference(raw);
  if (!id || raw.deleted === true) return undefined;
  const size = typeof raw.size === "number" && raw.size >= 0 ? raw.size : undefined;
  return {
    id,
    name: cleanText(raw.name) ?? cleanText(raw.fileName) ?? id,
    fileName: cleanText(raw.fileName),
    mimeType: cleanText(raw.mimeType),
    size,
    date: cleanDate(raw.date),
    accessUrl: httpUrl(raw.accessUrl) ?? httpUrl(raw.downloadUrl),
    role,
  };
}

function files(raw: Raw, roles: string[]): OparlFile[] {
  const result: OparlFile[] = [];
  for (const role of roles) {
    const value = raw[role];
    for (const item of Array.isArray(value) ? value : [value]) {
      const file = normalizeFile(item, role);
      if (file) result.push(file);
    }
  }
  return result;
}

export function normalizeLocation(raw: Raw): OparlLocation | undefined {
  const id = reference(raw);
  if (!id) return undefined;
  const point = pointOf(raw.geojson);
  const address = [cleanText(raw.streetAddress), cleanText(raw.locality)].filter(Boolean).join(", ");
  return {
    id,
    description: cleanText(raw.description) ?? cleanText(raw.room) ?? (address || undefined),
    ...(point ?? {}),
  };
}

function normalizeAgendaItem(raw: unknown): (OparlAgendaItem & { order?: number }) | undefined {
  if (!isRecord(raw) || raw.deleted === true) return undefined;
  const id = reference(raw);
  if (!id) return undefined;
  return {
    id,
    number: cleanText(raw.number),
    name: cleanText(raw.name) ?? "",
    // Not public only when the server says so (OParl: `public` defaults to true).
    public: cleanBoolean(raw.public) ?? true,
    result: cleanText(raw.result),
    resolutionText: cleanText(raw.resolutionText),
    consultationId: reference(raw.consultation),
    files: files(raw, ["resolutionFile", "auxiliaryFile"]),
    ...(typeof raw.order === "number" ? { order: raw.order } : {}),
  };
}

/** By `order` where every item has one, otherwise by number, naturally. */
export function sortAgenda(items: (OparlAgendaItem & { order?: number })[]): OparlAgendaItem[] {
  const byOrder = items.every((item) => item.order !== undefined);
  return [...items]
    .sort((a, b) => (byOrder ? a.order! - b.order! : compareAgendaNumbers(a.number, b.number)))
    .map(({ order: _order, ...item }) => item);
}

export function normalizeMeeting(raw: Raw): OparlMeeting | undefined {
  const id = reference(raw);
  if (!id) return undefined;
  const items = (Array.isArray(raw.agendaItem) ? raw.agendaItem : [])
    .map(normalizeAgendaItem)
    .filter((item) => item !== undefined);
  const location = isRecord(raw.location) ? normalizeLocation(raw.location) : undefined;
  return {
    id,
    name: cleanText(raw.name) ?? "",
    start: cleanDateTime(raw.start),
    end: cleanDateTime(raw.end),
    cancelled: cleanBoolean(raw.cancelled) ?? false,
    organizationIds: references(raw.organization),
    location,
    agendaItems: sortAgenda(items),
    files: files(raw, ["invitation", "resultsProtocol", "verbatimProtocol", "auxiliaryFile"]),
  };
}

function normalizeConsultation(raw: unknown): OparlConsultation | undefined {
  if (!isRecord(raw) || raw.deleted === true) return undefined;
  const id = reference(raw);
  if (!id) return undefined;
  return {
    id,
    meetingId: reference(raw.meeting),
    agendaItemId: reference(raw.agendaItem),
    organizationIds: references(raw.organization),
    role: cleanText(raw.role),
    authoritative: cleanBoolean(raw.authoritative) ?? false,
  };
}

export function normalizePaper(raw: Raw): OparlPaper | undefined {
  const id = reference(raw);
  if (!id) return undefined;
  const locations = (Array.isArray(raw.location) ? raw.location : [])
    .map((item) => (isRecord(item) ? normalizeLocation(item) : undefined))
    .filter((item) => item !== undefined);
  return {
    id,
    name: cleanText(raw.name) ?? cleanText(raw.reference) ?? "",
    reference: cleanText(raw.reference),
    date: cleanDate(raw.date),
    paperType: cleanText(raw.paperType),
    consultations: (Array.isArray(raw.consultation) ? raw.consultation : [])
      .map(normalizeConsultation)
      .filter((item) => item !== undefined),
    files: files(raw, ["mainFile", "auxiliaryFile"]),
    locations,
  };
}

export function normalizeOrganization(raw: Raw): OparlOrganization | undefined {
  const id = reference(raw);
  if (!id) return undefined;
  return {
    id,
    name: cleanText(raw.name) ?? cleanText(raw.shortName) ?? "",
    shortName: cleanText(raw.shortName),
    classification: cleanText(raw.classification) ?? cleanText(raw.organizationType),
    startDate: cleanDate(raw.startDate),
    endDate: cleanDate(raw.endDate),
  };
}

export function normalizeMembership(raw: Raw, personId?: string): OparlMembership | undefined {
  const id = reference(raw);
  if (!id || raw.deleted === true) return undefined;
  return {
    id,
    personId: reference(raw.person) ?? personId,
    organizationId: reference(raw.organization),
    role: cleanText(raw.role),
    votingRight: cleanBoolean(raw.votingRight),
    startDate: cleanDate(raw.startDate),
    endDate: cleanDate(raw.endDate),
  };
}

export function normalizePerson(raw: Raw): OparlPerson | undefined {
  const id = reference(raw);
  if (!id) return undefined;
  const given = [cleanText(raw.givenName), cleanText(raw.familyName)].filter(Boolean).join(" ");
  return {
    id,
    name: cleanText(raw.name) ?? (given || id),
    memberships: (Array.isArray(raw.membership) ? raw.membership : [])
      .map((item) => (isRecord(item) ? normalizeMembership(item, id) : undefined))
      .filter((item) => item !== undefined),
  };
}

/** A legislative term; one without a name (after cleaning) is of no use to show and is skipped. */
export function normalizeLegislativeTerm(raw: Raw): OparlLegislativeTerm | undefined {
  const id = reference(raw);
  const name = cleanText(raw.name);
  if (!id || !name || raw.deleted === true) return undefined;
  return { id, name, startDate: cleanDate(raw.startDate), endDate: cleanDate(raw.endDate) };
}

function httpUrl(value: unknown): string | undefined {
  const text = cleanText(value);
  if (!text) return undefined;
  try {
    const url = new URL(text);
    return url.protocol === "https:" || url.protocol === "http:" ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

const isRecord = (value: unknown): value is Raw =>
  typeof value === "object" && value !== null && !Array.isArray(value);
