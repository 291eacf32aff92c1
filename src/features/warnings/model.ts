// How warnings relate and which are in force: pure functions over what the device holds, so the
// list, the detail page, the console and their tests agree. CAP 1.2 § 3.2.1: an Update or Cancel
// names in `references` the earlier messages it replaces.
import type { Warning, WarningText } from "../../lib/contract/warnings";
import { severityRank } from "../../lib/contract/warnings-constants";

/** What happened to a warning: replaced by a newer version (Update) or lifted (Cancel). */
export type Successor = { kind: "updated" | "cancelled"; by: Warning };

export type WarningEntry = {
  warning: Warning;
  /** In force: not expired, not an all-clear, not replaced or lifted, still listed by the source. */
  active: boolean;
  /** Earlier warnings (on this device) this one updates or cancels. */
  refersTo: Warning[];
  /** The later message that updated or lifted this one, if it is on this device. */
  successor: Successor | null;
};

export const isExpired = (warning: Warning, now: number): boolean =>
  warning.expires !== null && Date.parse(warning.expires) <= now;

/** Every warning with its relations and state. */
export function relate(warnings: readonly Warning[], now: number): WarningEntry[] {
  const byId = new Map(warnings.map((w) => [w.id, w]));
  const successors = new Map<string, Successor>();
  // Oldest first, so the newest referring message wins when several name the same warning.
  const chronological = [...warnings].sort((a, b) => Date.parse(a.sent) - Date.parse(b.sent));
  for (const later of chronological) {
    if (later.msgType === "Alert") continue;
    for (const id of later.references) {
      const earlier = byId.get(id);
      // Only a later message replaces an earlier one; a self-reference or a stale copy does not.
      if (!earlier || earlier.id === later.id || Date.parse(later.sent) < Date.parse(earlier.sent)) continue;
      successors.set(id, { kind: later.msgType === "Cancel" ? "cancelled" : "updated", by: later });
    }
  }
  return warnings.map((warning) => {
    const successor = successors.get(warning.id) ?? null;
    return {
      warning,
      successor,
      refersTo: warning.references
        .filter((id) => id !== warning.id)
        .map((id) => byId.get(id))
        .filter((w): w is Warning => w !== undefined),
      active:
        warning.msgType !== "Cancel" &&
        successor === null &&
        warning.withdrawnAt === null &&
        !isExpired(warning, now),
    };
  });
}

const newestFirst = (a: WarningEntry, b: WarningEntry) =>
  Date.parse(b.warning.sent) - Date.parse(a.warning.sent);

/** Active ones by severity (most severe first), then newest; the rest newest first. */
export function partition(entries: readonly WarningEntry[]): {
  active: WarningEntry[];
  ended: WarningEntry[];
} {
  const active = entries
    .filter((e) => e.active)
    .sort((a, b) => severityRank(a.warning.severity) - severityRank(b.warning.severity) || newestFirst(a, b));
  const ended = entries.filter((e) => !e.active).sort(newestFirst);
  return { active, ended };
}

/** The texts in `language`, German when the sender wrote none in it. */
export function textsIn(warning: Warning, language: string): WarningText {
  return warning.texts[language] ?? warning.texts.de;
}

/**
 * The language `textsIn` answers in: the reader's where the sender (NINA's own translation, a city
 * notice's English) wrote the warning in it, else German; for `lang`, so it is read aloud right.
 */
export function textLanguageIn(warning: Warning, language: string): string {
  return warning.texts[language] ? language : "de";
}
