// Facts about warnings that pages need without loading zod (see limits.ts).

/** The sources: NINA's providers and the city's own notices. */
export const WARNING_PROVIDERS = ["mowas", "biwapp", "katwarn", "dwd", "lhp", "police", "city"] as const;
export type WarningProvider = (typeof WARNING_PROVIDERS)[number];

/** CAP 1.2 severities, most severe first (the list's sort order). */
export const SEVERITIES = ["Extreme", "Severe", "Moderate", "Minor", "Unknown"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** CAP 1.2 msgType: an Update or Cancel names the warnings it refers to. */
export const MSG_TYPES = ["Alert", "Update", "Cancel"] as const;
export type MsgType = (typeof MSG_TYPES)[number];

export const CITY_NOTICE_KINDS = [
  "road-closure",
  "school-closure",
  "water-supply",
  "power-outage",
  "event",
  "other",
] as const;
export type CityNoticeKind = (typeof CITY_NOTICE_KINDS)[number];

/** Topics one push subscription can carry; each is switchable. */
/** "council": new meetings, agendas and papers a device follows (issue 21). */
export const PUSH_TOPICS = ["warnings", "postbox", "appointments", "applications", "council"] as const;
export type PushTopic = (typeof PUSH_TOPICS)[number];

/**
 * Languages a device's notices come in: the app's ten (issue 20). A warning goes out in NINA's text of
 * that language where NINA has one, else in German; the app's own notices exist in all ten.
 */
export { UI_LANGUAGES as WARNING_LANGUAGES } from "./languages";

/** District-level ARS: NINA's dashboard answers only these (last 7 digits zero). */
export const ARS_PATTERN = /^\d{5}0000000$/;
export const DELMENHORST_ARS = "034010000000";

export const QUIET_HOURS_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Lower index = more severe. Unknown sorts last. */
export const severityRank = (severity: Severity): number => SEVERITIES.indexOf(severity);
