// The waste calendar's reminder the evening before, in the resident's app language (all ten): which
// bins are collected tomorrow. It names no address or district: a lock screen may be seen by others.
import type { UiLanguage } from "../../../src/lib/contract/languages";
import type { BinType } from "../../../src/lib/contract/waste";
import type { PushPayload } from "../../../src/lib/contract/warnings";
import { type PushMessage, topicFor } from "./payload";

type Texts = { title: string; body: (bins: string) => string; bins: Record<BinType, string> };

const TEXTS: Record<UiLanguage, Texts> = {
  de: {
    title: "Morgen ist Abfuhr",
    body: (bins) => `Morgen wird abgeholt: ${bins}. Bitte stellen Sie alles rechtzeitig bereit.`,
    bins: {
      residual: "Restmülltonne",
      bio: "Biotonne",
      paper: "Papiertonne",
      packaging: "Gelber Sack",
      bulky: "Sperrmüll",
    },
  },
  en: {
    title: "Waste collection tomorrow",
    body: (bins) => `Collected tomorrow: ${bins}. Please put everything out in time.`,
    bins: {
      residual: "residual waste bin",
      bio: "organic waste bin",
      paper: "paper bin",
      packaging: "yellow bag (packaging)",
      bulky: "bulky waste",
    },
  },
  tr: {
    title: "Yarın çöp toplama günü",
    body: (bins) => `Yarın toplanacak: ${bins}. Lütfen her şeyi zamanında dışarı çıkarın.`,
    bins: {
      residual: "evsel atık kutusu",
      bio: "organik atık kutusu",
      paper: "kâğıt kutusu",
      packaging: "sarı torba",
      bulky: "hacimli atık",
    },
  },
  ar: {
    title: "جمع النفايات غدًا",
    body: (bins) => `سيتم الجمع غدًا: ${bins}. يرجى إخراج كل شيء في الوقت المناسب.`,
    bins: {
      residual: "حاوية النفايات المتبقية",
      bio: "حاوية النفايات العضوية",
      paper: "حاوية الورق",
      packaging: "الكيس الأصفر",
      bulky: "النفايات الضخمة",
    },
  },
  ru: {
    title: "Завтра вывоз мусора",
    body: (bins) => `Завтра вывозят: ${bins}. Пожалуйста, выставьте всё вовремя.`,
    bins: {
      residual: "контейнер для остаточных отходов",
      bio: "контейнер для биоотходов",
      paper: "контейнер для бумаги",
      packaging: "жёлтый мешок",
      bulky: "крупногабаритный мусор",
    },
  },
  uk: {
    title: "Завтра вивезення сміття",
    body: (bins) => `Завтра вивозять: ${bins}. Будь ласка, виставте все вчасно.`,
    bins: {
      residual: "контейнер для залишкових відходів",
      bio: "контейнер для біовідходів",
      paper: "контейнер для паперу",
      packaging: "жовтий мішок",
      bulky: "великогабаритне сміття",
    },
  },
  pl: {
    title: "Jutro odbiór odpadów",
    body: (bins) => `Jutro odbierane będą: ${bins}. Prosimy wystawić wszystko na czas.`,
    bins: {
      residual: "pojemnik na odpady zmieszane",
      bio: "pojemnik na bioodpady",
      paper: "pojemnik na papier",
      packaging: "żółty worek (opakowania)",
      bulky: "odpady wielkogabarytowe",
    },
  },
  bg: {
    title: "Утре се извозват отпадъци",
    body: (bins) => `Утре се извозват: ${bins}. Моля, изнесете всичко навреме.`,
    bins: {
      residual: "кофа за смесени отпадъци",
      bio: "кофа за биоотпадъци",
      paper: "кофа за хартия",
      packaging: "жълт чувал (опаковки)",
      bulky: "едрогабаритни отпадъци",
    },
  },
  ro: {
    title: "Mâine se colectează deșeurile",
    body: (bins) => `Mâine se colectează: ${bins}. Vă rugăm să scoateți totul la timp.`,
    bins: {
      residual: "pubela pentru deșeuri reziduale",
      bio: "pubela pentru deșeuri biodegradabile",
      paper: "pubela pentru hârtie",
      packaging: "sacul galben (ambalaje)",
      bulky: "deșeuri voluminoase",
    },
  },
  "de-x-ls": {
    title: "Morgen kommt die Müll·abfuhr",
    body: (bins) => `Morgen wird abgeholt: ${bins}. Stellen Sie alles heute Abend an die Straße.`,
    bins: {
      residual: "Rest·müll·tonne",
      bio: "Bio·tonne",
      paper: "Papier·tonne",
      packaging: "Gelber Sack",
      bulky: "Sperr·müll",
    },
  },
};

/** The page the notification opens. */
export const WASTE_PUSH_URL = "/abfall";

/** "Restmülltonne und Papiertonne": the bins in the language's own way of listing. */
export function wastePayload(language: UiLanguage, bins: BinType[]): PushPayload {
  const texts = TEXTS[language];
  const list = new Intl.ListFormat(language === "de-x-ls" ? "de" : language, {
    type: "conjunction",
  }).format(bins.map((bin) => texts.bins[bin]));
  return { topic: "waste", title: texts.title, body: texts.body(list), url: WASTE_PUSH_URL };
}

/** Worth showing until the collection morning: 14 hours. One notice per device and day. */
export function wasteMessage(payload: PushPayload, ref: string): PushMessage {
  return {
    plaintext: Buffer.from(JSON.stringify(payload)),
    ttl: 14 * 3600,
    urgency: "normal",
    topic: topicFor(ref),
  };
}

/** One reminder per device and collection day: the engine sends it to that device only. */
export const wasteRef = (subscriptionId: string, date: string) => `waste:${subscriptionId}:${date}`;
export function subscriptionOfWasteRef(ref: string): string | undefined {
  const [kind, subscriptionId] = ref.split(":");
  return kind === "waste" && subscriptionId ? subscriptionId : undefined;
}
