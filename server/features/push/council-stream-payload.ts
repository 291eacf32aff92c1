// "Erinnern": the push a device asked for before a streamed council meeting or information event
// starts, in the resident's app language (all ten). It names the meeting (public anyway) and the
// minutes left; it goes to the one device in the job's ref, once (the ref names device and stream).
import type { UiLanguage } from "../../../src/lib/contract/languages";
import type { PushPayload } from "../../../src/lib/contract/warnings";
import { type PushMessage, topicFor } from "./payload";

type Texts = { title: string; body: (name: string, minutes: number) => string };

const TEXTS: Record<UiLanguage, Texts> = {
  de: {
    title: "Gleich live aus dem Rat",
    body: (name, minutes) => `„${name}“ beginnt in ${minutes} Minuten. Tippen Sie hier, um zuzusehen.`,
  },
  en: {
    title: "Live from the council soon",
    body: (name, minutes) => `“${name}” starts in ${minutes} minutes. Tap here to watch.`,
  },
  tr: {
    title: "Birazdan meclisten canlı yayın",
    body: (name, minutes) => `“${name}” ${minutes} dakika içinde başlıyor. İzlemek için buraya dokunun.`,
  },
  ar: {
    title: "بث مباشر من المجلس قريبًا",
    body: (name, minutes) => `يبدأ «${name}» بعد ${minutes} دقيقة. اضغط هنا للمشاهدة.`,
  },
  ru: {
    title: "Скоро прямая трансляция из совета",
    body: (name, minutes) => `«${name}» начнётся через ${minutes} минут. Нажмите здесь, чтобы смотреть.`,
  },
  uk: {
    title: "Незабаром пряма трансляція з ради",
    body: (name, minutes) => `«${name}» почнеться через ${minutes} хвилин. Натисніть тут, щоб дивитися.`,
  },
  pl: {
    title: "Wkrótce transmisja z rady",
    body: (name, minutes) => `„${name}” zaczyna się za ${minutes} minut. Dotknij tutaj, aby oglądać.`,
  },
  bg: {
    title: "Скоро на живо от съвета",
    body: (name, minutes) => `„${name}“ започва след ${minutes} минути. Докоснете тук, за да гледате.`,
  },
  ro: {
    title: "În curând în direct de la consiliu",
    body: (name, minutes) => `„${name}” începe în ${minutes} minute. Atingeți aici pentru a urmări.`,
  },
  "de-x-ls": {
    title: "Gleich gibt es ein Video vom Rat",
    body: (name, minutes) =>
      `In ${minutes} Minuten beginnt: ${name}. Tippen Sie hier. Dann können Sie zusehen.`,
  },
};

export function councilStreamPayload(
  language: UiLanguage,
  name: string,
  minutes: number,
  url: string,
): PushPayload {
  const texts = TEXTS[language];
  return { topic: "council-stream", title: texts.title, body: texts.body(name, minutes), url };
}

/** Worth showing until the session is well under way: two hours. */
export function councilStreamMessage(payload: PushPayload, ref: string): PushMessage {
  return {
    plaintext: Buffer.from(JSON.stringify(payload)),
    ttl: 2 * 3600,
    urgency: "normal",
    topic: topicFor(ref),
  };
}

/** "council-stream:<subscription>:<stream>": one device, one stream, written once. */
export const councilStreamRef = (subscriptionId: string, streamId: string) =>
  `council-stream:${subscriptionId}:${streamId}`;
export function subscriptionOfCouncilStreamRef(ref: string): string | undefined {
  const [kind, subscriptionId] = ref.split(":");
  return kind === "council-stream" && subscriptionId ? subscriptionId : undefined;
}
