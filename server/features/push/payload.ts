// What one subscriber receives: the JSON payload in their language (server/texts: all ten), cut to fit one record, and the
// RFC 8030 delivery headers (TTL, Urgency, Topic) that go with it.
import { createHash } from "node:crypto";
import type { PushPayload, Warning, WarningText } from "../../../src/lib/contract/warnings";
import { residentTexts } from "../../texts/resident-texts";
import { MAX_PLAINTEXT } from "./encrypt";

export type Urgency = "very-low" | "low" | "normal" | "high";

export type PushMessage = {
  plaintext: Buffer;
  /** Seconds the push service keeps the message for an offline device (RFC 8030 §5.2). */
  ttl: number;
  urgency: Urgency;
  /** RFC 8030 §5.4: a newer message with the same topic replaces an undelivered older one. */
  topic: string;
};

const DAY_S = 24 * 3600;
/** A postbox notice is worth delivering as long as a push service keeps it (about 4 weeks). */
const POSTBOX_TTL_S = 28 * DAY_S;

/** At most 32 characters of the URL-safe base64 alphabet (RFC 8030 §5.4). */
export const topicFor = (key: string) => createHash("sha256").update(key).digest("base64url").slice(0, 32);

/** The warning in the subscriber's language (German when there is none), cut to one record. */
export function warningMessage(warning: Warning, language: string, now: Date): PushMessage {
  const expires = warning.expires ? Date.parse(warning.expires) : Number.NaN;
  const untilExpiry = Number.isFinite(expires) ? Math.floor((expires - now.getTime()) / 1000) : DAY_S;
  return {
    plaintext: fitWarning(warning, language),
    // A minute at least: a just-expired Cancel is still worth showing to a device that is online.
    ttl: Math.min(DAY_S, Math.max(60, untilExpiry)),
    urgency: warning.severity === "Extreme" || warning.severity === "Severe" ? "high" : "normal",
    // The warning id, not its hash: an update of the warning replaces the earlier notification.
    topic: topicFor(`warning:${warning.id}`),
  };
}

/** Never the message itself: it stays behind sign-in; the notice only says that there is one. */
export function postboxPayload(language: string): PushPayload {
  const texts = residentTexts(language).push.postbox;
  return { topic: "postbox", ...texts, url: "/konto/postfach" };
}

export function postboxMessage(language: string): PushMessage {
  return {
    plaintext: Buffer.from(JSON.stringify(postboxPayload(language))),
    ttl: POSTBOX_TTL_S,
    urgency: "normal",
    topic: topicFor("postbox"),
  };
}

/** Like the postbox notice, it names no details: a lock screen may be seen by others. */
export function appointmentPayload(language: string): PushPayload {
  const texts = residentTexts(language).push.appointment;
  return { topic: "appointments", ...texts, url: "/termine/meine" };
}

/** The reminder is worth showing until the appointment day is over: half a day at most. */
export function appointmentMessage(language: string, ref: string): PushMessage {
  return {
    plaintext: Buffer.from(JSON.stringify(appointmentPayload(language))),
    ttl: 12 * 3600,
    urgency: "normal",
    topic: topicFor(ref),
  };
}

/** Names neither the application nor the question: a lock screen may be seen by others. */
export function applicationPayload(language: string, applicationId: string): PushPayload {
  const texts = residentTexts(language).push.application;
  return { topic: "applications", ...texts, url: `/antraege/${applicationId}` };
}

/** A newer status of the same application replaces an undelivered older notice (same Topic). */
export function applicationMessage(language: string, applicationId: string): PushMessage {
  return {
    plaintext: Buffer.from(JSON.stringify(applicationPayload(language, applicationId))),
    ttl: POSTBOX_TTL_S,
    urgency: "normal",
    topic: topicFor(`application:${applicationId}`),
  };
}

/** The chat page: it finds the conversation by the session or the chat cookie. */
export const CHAT_PUSH_URL = "/chat";

/**
 * By default the notice names no words of the answer (a lock screen may be seen by others); a
 * resident who chose a preview gets the answer's start instead of the plain sentence.
 */
export function chatPayload(language: string, preview: string | null = null): PushPayload {
  const texts = residentTexts(language).push.chat;
  return { topic: "chat", title: texts.title, body: preview ?? texts.body, url: CHAT_PUSH_URL };
}

/** Worth showing while the chat may still be going on: an hour. One notice per conversation. */
export function chatMessage(language: string, conversationId: string, preview: string | null): PushMessage {
  return {
    plaintext: Buffer.from(JSON.stringify(chatPayload(language, preview))),
    ttl: 3600,
    urgency: "high",
    topic: topicFor(`chat:${conversationId}`),
  };
}

/**
 * Only the subscriber's language goes out; German stays as the headline (the schema requires it).
 * When still too long, the long texts shrink step by step; the app loads the full warning by sync.
 */
export function fitWarning(warning: Warning, language: string): Buffer {
  const chosen = language !== "de" ? warning.texts[language] : undefined;
  const de = warning.texts.de;
  const texts: Warning["texts"] = chosen
    ? { de: { ...de, description: null, instruction: null, contact: null, web: null }, [language]: chosen }
    : { de };
  const main = language in texts ? language : "de";
  const encode = (w: Warning) =>
    Buffer.from(JSON.stringify({ topic: "warnings", warning: w } satisfies PushPayload));

  let candidate: Warning = { ...warning, texts };
  let body = encode(candidate);
  for (const shrink of SHRINK_STEPS) {
    // A second try: multi-byte characters can leave the first cut a little too long.
    for (let attempt = 0; attempt < 2 && body.length > MAX_PLAINTEXT; attempt++) {
      candidate = shrink(candidate, main, body.length - MAX_PLAINTEXT);
      body = encode(candidate);
    }
  }
  if (body.length <= MAX_PLAINTEXT) return body;
  throw new RangeError(`warning ${warning.id} does not fit a push message even without its texts`);
}

type Shrink = (warning: Warning, language: string, excess: number) => Warning;

const withText = (warning: Warning, language: string, change: Partial<WarningText>): Warning => {
  const text = warning.texts[language] ?? warning.texts.de;
  return { ...warning, texts: { ...warning.texts, [language]: { ...text, ...change } } };
};

const SHRINK_STEPS: Shrink[] = [
  // Plain text cut with an ellipsis: cutting HTML could leave an open tag.
  (w, l, excess) => {
    const description = w.texts[l]?.description;
    if (!description) return w;
    const plain = description
      .replace(/<[^>]*>/g, " ")
      .replace(/\s+/g, " ")
      .trim();
    // JSON escaping can make a character cost up to 6 bytes; cut generously.
    const keep = Math.max(0, plain.length - excess - 16);
    return withText(w, l, { description: keep > 0 ? `${plain.slice(0, keep)}…` : null });
  },
  (w, l) => withText(w, l, { description: null, contact: null, web: null }),
  (w, l) => withText(w, l, { instruction: null }),
  (w) => ({ ...w, areas: [], references: [] }),
];
