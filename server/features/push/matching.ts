// Who gets a job's message: the subscriber's places, minimum severity, sources, topics and quiet
// hours decide. Pure functions over parsed preferences, so they are easy to test and fast at 20,000.
import { berlinTimeOfDay } from "../../../src/lib/contract/berlin-time";
import {
  severityRank,
  type PushPreferences,
  type PushTopic,
  type Warning,
} from "../../../src/lib/contract/warnings";

export type Verdict = "send" | "quiet" | "no";

/** A warning for this subscriber? "quiet": it matches but arrives during quiet hours. */
export function warningVerdict(warning: Warning, preferences: PushPreferences, now: Date): Verdict {
  if (!topicOn(preferences, "warnings")) return "no";
  if (!warning.regions.some((region) => preferences.places.includes(region))) return "no";
  // Lower rank = more severe (CAP 1.2 order); "Minor" as minimum lets Minor and worse through.
  if (severityRank(warning.severity) > severityRank(preferences.minSeverity)) return "no";
  if (!preferences.sources.includes(warning.provider)) return "no";
  // Extreme warnings (danger to life) come through quiet hours, as the issue demands.
  if (warning.severity !== "Extreme" && inQuietHours(preferences.quietHours, now)) return "quiet";
  return "send";
}

/** Topics default to on: a subscription from before a topic existed still gets it. */
export const topicOn = (preferences: PushPreferences, topic: PushTopic) =>
  preferences.topics[topic] !== false;

/** "HH:MM" in Europe/Berlin, where the subscriber's quiet hours are meant. */
export const berlinTime = (now: Date): string => berlinTimeOfDay(now);

/** From inclusive, to exclusive; "22:00"–"06:30" wraps over midnight. Equal ends mean none. */
export function inQuietHours(quietHours: PushPreferences["quietHours"], now: Date): boolean {
  if (!quietHours || quietHours.from === quietHours.to) return false;
  const time = berlinTime(now);
  const { from, to } = quietHours;
  return from < to ? time >= from && time < to : time >= from || time < to;
}
