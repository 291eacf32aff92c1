// The few texts about a language that a person reads in that language before its own texts have loaded:
// the first-visit offer and the translation status in the picker. Apart from the registry
// (./languages.ts): the offer is drawn with the first render (so it never pushes the page down) and
// brings them into the app shell (1.5 KB gzip); the picker's status line reads them from here too.
import type { UiLanguage } from "./languages";

export interface LanguageTexts {
  /** The first-visit offer. */
  offer: { question: string; accept: string; decline: string };
  /** The translation status shown in the picker; German is the original. */
  status: { machine: string; reviewed: string };
}

export const LANGUAGE_TEXTS: Record<UiLanguage, LanguageTexts> = {
  de: {
    offer: {
      question: "Diese App gibt es auch auf Deutsch.",
      accept: "Deutsch verwenden",
      decline: "Nein danke",
    },
    status: { machine: "Originaltext", reviewed: "Originaltext" },
  },
  en: {
    offer: {
      question: "This app is also available in English.",
      accept: "Use English",
      decline: "No, thanks",
    },
    status: { machine: "machine-translated, not yet reviewed", reviewed: "reviewed by the city" },
  },
  tr: {
    offer: {
      question: "Bu uygulama Türkçe olarak da kullanılabilir.",
      accept: "Türkçe kullan",
      decline: "Hayır, teşekkürler",
    },
    status: {
      machine: "makine çevirisi, henüz kontrol edilmedi",
      reviewed: "belediye tarafından kontrol edildi",
    },
  },
  ar: {
    offer: {
      question: "هذا التطبيق متوفر أيضًا باللغة العربية.",
      accept: "استخدام العربية",
      decline: "لا، شكرًا",
    },
    status: { machine: "ترجمة آلية، لم تُراجَع بعد", reviewed: "راجعتها المدينة" },
  },
  ru: {
    offer: {
      question: "Это приложение доступно и на русском языке.",
      accept: "Перейти на русский",
      decline: "Нет, спасибо",
    },
    status: { machine: "машинный перевод, ещё не проверен", reviewed: "проверено городом" },
  },
  uk: {
    offer: {
      question: "Цей застосунок доступний також українською мовою.",
      accept: "Перейти на українську",
      decline: "Ні, дякую",
    },
    status: { machine: "машинний переклад, ще не перевірено", reviewed: "перевірено містом" },
  },
  pl: {
    offer: {
      question: "Ta aplikacja jest dostępna także po polsku.",
      accept: "Używaj polskiego",
      decline: "Nie, dziękuję",
    },
    status: { machine: "tłumaczenie maszynowe, jeszcze niesprawdzone", reviewed: "sprawdzone przez miasto" },
  },
  bg: {
    offer: {
      question: "Това приложение е налично и на български език.",
      accept: "Използвай български",
      decline: "Не, благодаря",
    },
    status: { machine: "машинен превод, все още непроверен", reviewed: "проверено от града" },
  },
  ro: {
    offer: {
      question: "Această aplicație este disponibilă și în limba română.",
      accept: "Folosește limba română",
      decline: "Nu, mulțumesc",
    },
    status: { machine: "traducere automată, încă neverificată", reviewed: "verificată de oraș" },
  },
  "de-x-ls": {
    offer: {
      question: "Diese App gibt es auch in Leichter Sprache.",
      accept: "Leichte Sprache benutzen",
      decline: "Nein danke",
    },
    status: { machine: "Die Stadt prüft den Text noch.", reviewed: "Die Stadt hat den Text geprüft." },
  },
};
