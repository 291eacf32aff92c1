// Council alerts (issue 21): a device follows a committee, a keyword (a street name, a topic) or an
// area of the city; new meetings, agendas and papers that match reach it by Web Push (topic
// "council"), and a signed-in resident may also get them once a week by mail.
import { UI_LANGUAGES } from "./languages";
import { latitudeSchema, longitudeSchema, pushSubscriptionRefSchema } from "./reports";
import { z } from "./zod";

export const COUNCIL_FOLLOWS_PATH = "/api/council/follows";
/** Follows per device: enough for a few streets and committees, bounded for the matching per item. */
export const COUNCIL_FOLLOWS_MAX = 20;
export const COUNCIL_KEYWORD_MIN = 3;
export const COUNCIL_KEYWORD_MAX = 60;
export const COUNCIL_AREA_RADIUS_MIN_M = 100;
export const COUNCIL_AREA_RADIUS_MAX_M = 3000;

const councilIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** What is followed: a committee (our id of the OParl organization), a keyword, or a circle. */
export const councilFollowTargetSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("committee"), organizationId: councilIdSchema }),
  z.strictObject({
    kind: z.literal("keyword"),
    keyword: z.string().trim().min(COUNCIL_KEYWORD_MIN).max(COUNCIL_KEYWORD_MAX),
  }),
  z.strictObject({
    kind: z.literal("area"),
    lat: latitudeSchema,
    lon: longitudeSchema,
    radiusM: z.number().int().min(COUNCIL_AREA_RADIUS_MIN_M).max(COUNCIL_AREA_RADIUS_MAX_M),
  }),
]);
export type CouncilFollowTarget = z.infer<typeof councilFollowTargetSchema>;

/** POST /api/council/follows: this device (its subscription and manage token) follows the target. */
export const councilFollowRequestSchema = z.strictObject({
  push: pushSubscriptionRefSchema,
  target: councilFollowTargetSchema,
  language: z.enum(UI_LANGUAGES),
  /** Also in the weekly mail of the signed-in account (401 without one). */
  weeklyMail: z.boolean().optional(),
});
export type CouncilFollowRequest = z.infer<typeof councilFollowRequestSchema>;

export const councilFollowSchema = z.object({
  id: z.string(),
  target: councilFollowTargetSchema,
  weeklyMail: z.boolean(),
});
export type CouncilFollow = z.infer<typeof councilFollowSchema>;
export const councilFollowListSchema = z.object({ follows: z.array(councilFollowSchema) });

/** What an alert is about: a new meeting, a meeting's agenda newly published, or a new paper. */
export const COUNCIL_ALERT_KINDS = ["meeting", "agenda", "paper"] as const;
export type CouncilAlertKind = (typeof COUNCIL_ALERT_KINDS)[number];

/** Lower case, accents and ß folded, as the offline title search does: "Straße" finds "STRASSE". */
export function foldText(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").replace(/ß/g, "ss").toLowerCase();
}

/** The keyword as whole words in the text ("Wollepark" in "Am Wollepark", not in "Wolleparkweg"). */
export function keywordMatches(keyword: string, text: string): boolean {
  const words = foldText(keyword)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (words.length === 0) return false;
  const tokens = foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  for (let i = 0; i + words.length <= tokens.length; i++) {
    if (words.every((word, j) => tokens[i + j] === word)) return true;
  }
  return false;
}
