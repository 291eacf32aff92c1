// Council alerts' pushes (issue 21), in the resident's app language (all ten): a new meeting, a
// meeting's agenda published, or a new paper that matches what the device follows. The body is the
// item's public title (meetings and papers are published by the council anyway).
import type { UiLanguage } from "../../../src/lib/contract/languages";
import type { CouncilAlertKind } from "../../../src/lib/contract/council-alerts";
import type { PushPayload } from "../../../src/lib/contract/warnings";
import { type PushMessage, topicFor } from "./payload";

const TITLES: Record<UiLanguage, Record<CouncilAlertKind, string>> = {
  de: {
    meeting: "Rat: neue Sitzung",
    agenda: "Rat: Tagesordnung veröffentlicht",
    paper: "Rat: neue Vorlage",
  },
  en: {
    meeting: "Council: new meeting",
    agenda: "Council: agenda published",
    paper: "Council: new paper",
  },
  tr: {
    meeting: "Meclis: yeni oturum",
    agenda: "Meclis: gündem yayımlandı",
    paper: "Meclis: yeni teklif belgesi",
  },
  ar: {
    meeting: "المجلس: جلسة جديدة",
    agenda: "المجلس: نُشر جدول الأعمال",
    paper: "المجلس: مذكرة جديدة",
  },
  ru: {
    meeting: "Совет: новое заседание",
    agenda: "Совет: опубликована повестка дня",
    paper: "Совет: новый документ",
  },
  uk: {
    meeting: "Рада: нове засідання",
    agenda: "Рада: оприлюднено порядок денний",
    paper: "Рада: новий документ",
  },
  pl: {
    meeting: "Rada: nowe posiedzenie",
    agenda: "Rada: opublikowano porządek obrad",
    paper: "Rada: nowy projekt uchwały",
  },
  bg: {
    meeting: "Съвет: ново заседание",
    agenda: "Съвет: публикуван дневен ред",
    paper: "Съвет: нов документ",
  },
  ro: {
    meeting: "Consiliu: ședință nouă",
    agenda: "Consiliu: ordinea de zi a fost publicată",
    paper: "Consiliu: document nou",
  },
  "de-x-ls": {
    meeting: "Rat: Es gibt eine neue Sitzung",
    agenda: "Rat: Die Themen für eine Sitzung sind da",
    paper: "Rat: Es gibt ein neues Papier",
  },
};

/** The title of an alert of `kind` in the language (also the weekly mail's words for the kind). */
export const councilAlertTitle = (language: UiLanguage, kind: CouncilAlertKind) => TITLES[language][kind];

export function councilAlertPayload(
  language: UiLanguage,
  kind: CouncilAlertKind,
  name: string,
  url: string,
): PushPayload {
  return { topic: "council", title: TITLES[language][kind], body: name.slice(0, 200), url };
}

/** Worth delivering for three days; each item has its own topic, so none replaces another. */
export function councilMessage(payload: PushPayload, ref: string): PushMessage {
  return {
    plaintext: Buffer.from(JSON.stringify(payload)),
    ttl: 3 * 24 * 3600,
    urgency: "normal",
    topic: topicFor(ref),
  };
}

/** "council:<subscription>:<item key>": one device, one item (item keys are "<kind>:<id>"). */
export const councilRef = (subscriptionId: string, itemKey: string) => `council:${subscriptionId}:${itemKey}`;
export function subscriptionOfCouncilRef(ref: string): string | undefined {
  const [kind, subscriptionId] = ref.split(":");
  return kind === "council" && subscriptionId ? subscriptionId : undefined;
}
