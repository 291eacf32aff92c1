// NINA's CAP messages (MoWaS, BIWAPP, KATWARN, DWD, LHP, police) into the one Warning model the app
// shows and pushes. Lenient: a missing field becomes null or falls back to the dashboard entry;
// only a warning with no headline or no time at all is unusable.
import { createHash } from "node:crypto";
import {
  MSG_TYPES,
  SEVERITIES,
  type MsgType,
  type Severity,
  type Warning,
  type WarningProvider,
  type WarningText,
} from "../../../src/lib/contract/warnings";
import { isUiLanguage, type UiLanguage } from "../../../src/lib/contract/languages";
import { type DashboardEntry, type NinaInfo, type NinaWarning, UpstreamError } from "../../integrations/nina";
import { safeWebLink, sanitizeRichText, toPlainText } from "./sanitize";

/** NINA ids start with the provider: "mow.DE-NW-…", "dwd.2.49…", "biw.BIWAPP-…". */
const PROVIDER_PREFIXES: Record<string, WarningProvider> = {
  mow: "mowas",
  biw: "biwapp",
  kat: "katwarn",
  dwd: "dwd",
  lhp: "lhp",
  pol: "police",
};

/** The dashboard's `payload.data.provider` ("MOWAS", "DWD", …), for ids without a known prefix. */
const PROVIDER_NAMES: Record<string, WarningProvider> = {
  MOWAS: "mowas",
  BIWAPP: "biwapp",
  KATWARN: "katwarn",
  DWD: "dwd",
  LHP: "lhp",
  POLICE: "police",
  POLIZEI: "police",
};

export function providerOf(id: string, dashboardProvider?: string): WarningProvider | null {
  const prefix = id.split(".", 1)[0]?.toLowerCase() ?? "";
  return PROVIDER_PREFIXES[prefix] ?? PROVIDER_NAMES[dashboardProvider?.toUpperCase() ?? ""] ?? null;
}

/** The change key of a dashboard entry: NINA's hash, or (when it sends none) a hash of the entry. */
export function entryHash(entry: DashboardEntry): string {
  return entry.payload?.hash ?? createHash("sha256").update(JSON.stringify(entry)).digest("hex");
}

export function entryVersion(entry: DashboardEntry): number {
  return entry.payload?.version ?? 1;
}

function pickEnum<T extends string>(values: readonly T[], value: string | undefined): T | undefined {
  if (!value) return undefined;
  return values.find((v) => v.toLowerCase() === value.trim().toLowerCase());
}

/**
 * CAP 1.2 `references`: space-separated "sender,identifier,sent" triples. Real data breaks this
 * (identifiers alone, commas inside, prefixed and bare ids mixed), so: take the identifier of every
 * well-formed triple, else every piece that is neither a time nor an e-mail-like sender. Bare ids get
 * the provider prefix of the referring warning, so they match our stored ids.
 */
const CAP_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

export function parseReferences(references: string | undefined, ownId: string): string[] {
  if (!references?.trim()) return [];
  const prefix = ownId.includes(".") ? ownId.slice(0, ownId.indexOf(".")) : "";
  const pieces: string[] = [];
  for (const token of references.trim().split(/\s+/)) {
    const parts = token.split(",").filter(Boolean);
    if (parts.length === 3 && CAP_TIME.test(parts[2]!)) pieces.push(parts[1]!);
    else pieces.push(...parts.filter((p) => !CAP_TIME.test(p) && !p.includes("@")));
  }
  const ids = pieces.map((piece) =>
    prefix && !PROVIDER_PREFIXES[piece.split(".", 1)[0]!.toLowerCase()] ? `${prefix}.${piece}` : piece,
  );
  // The own id stays: NINA keeps one id across versions, so an Update may name its earlier self.
  return [...new Set(ids)];
}

/**
 * The app's content language of a CAP 1.2 `info` block (`language`, an RFC 3066 tag: "de-DE", "EN",
 * "tr-TR"): the primary subtag, case and "_" forgiven; Leichte Sprache as "de-x-ls". No language counts
 * as German (NINA leaves it out on German-only messages); a language the app does not speak is null.
 */
export function contentLanguageOf(tag: string | undefined): UiLanguage | null {
  const lang = (tag ?? "").trim().toLowerCase().replace(/_/g, "-");
  if (lang === "") return "de";
  if (isUiLanguage(lang)) return lang;
  const primary = lang.split("-", 1)[0];
  return isUiLanguage(primary) ? primary : null;
}

function textsOf(info: NinaInfo, fallbackHeadline: string | undefined): WarningText | null {
  const headline = toPlainText(info.headline) ?? toPlainText(fallbackHeadline);
  if (!headline) return null;
  return {
    headline,
    event: toPlainText(info.event),
    description: sanitizeRichText(info.description),
    instruction: sanitizeRichText(info.instruction),
    contact: toPlainText(info.contact),
    web: safeWebLink(info.web),
  };
}

const parameter = (info: NinaInfo, name: string) =>
  info.parameter?.find((p) => p.valueName === name)?.value ?? undefined;

export type NormalizeInput = {
  id: string;
  detail: NinaWarning;
  /** The dashboard entry that listed it: version, hash and fallbacks for missing fields. */
  entry?: DashboardEntry;
  /** ARS of the dashboards that list it. */
  regions: string[];
  fetchedAt: string;
};

export function normalizeNinaWarning({ id, detail, entry, regions, fetchedAt }: NormalizeInput): Warning {
  const data = entry?.payload?.data;
  const provider = providerOf(id, data?.provider);
  if (!provider || provider === "city") throw new UpstreamError("invalid shape", `warnings/${id}`);

  const infos = detail.info ?? [];
  const german = infos.find((i) => contentLanguageOf(i.language) === "de") ?? infos[0] ?? {};
  const de = textsOf(german, entry?.i18nTitle?.de ?? data?.headline);
  const sent = detail.sent ?? entry?.sent;
  if (!de || !sent) throw new UpstreamError("invalid shape", `warnings/${id}`);
  // CAP 1.2 allows one `info` per language; NINA (MoWaS) sends translations so. The first block of a
  // language counts; blocks in languages the app does not speak are left out.
  const texts: Warning["texts"] = { de };
  for (const info of infos) {
    const language = contentLanguageOf(info.language);
    if (info === german || !language || language === "de" || texts[language]) continue;
    const translated = textsOf(info, entry?.i18nTitle?.[language]);
    if (translated) texts[language] = translated;
  }

  const severity: Severity =
    pickEnum(SEVERITIES, german.severity) ?? pickEnum(SEVERITIES, data?.severity) ?? "Unknown";
  // A message without a usable msgType is taken as a plain alert: showing it beats dropping it.
  const msgType: MsgType =
    pickEnum(MSG_TYPES, detail.msgType) ?? pickEnum(MSG_TYPES, data?.msgType) ?? "Alert";
  const eventCode =
    german.eventCode?.find((c) => c.valueName === "profile:DE-BBK-EVENTCODE")?.value ??
    data?.transKeys?.event ??
    null;
  const areas = [
    ...new Set((german.area ?? []).map((a) => toPlainText(a.areaDesc)).filter((a) => a !== null)),
  ];

  return {
    id,
    provider,
    version: entry ? entryVersion(entry) : 1,
    hash: entry ? entryHash(entry) : createHash("sha256").update(JSON.stringify(detail)).digest("hex"),
    msgType,
    references: parseReferences(detail.references, id),
    severity,
    urgency: german.urgency ?? null,
    certainty: german.certainty ?? null,
    eventCode,
    sender: toPlainText(german.senderName ?? parameter(german, "sender_langname")),
    sent,
    onset: german.onset ?? entry?.onset ?? null,
    expires: german.expires ?? entry?.expires ?? null,
    texts,
    areas,
    regions: [...new Set(regions)].sort(),
    noticeKind: null,
    fetchedAt,
    withdrawnAt: null,
    // The polygons come from their own request after the state is saved (poller.ts).
    area: null,
  };
}
