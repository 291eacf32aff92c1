// Polish (machine-made like the app's other Polish texts until the city reviews them).
import { fewForm } from "./plural";
import type { ResidentTexts } from "./resident-texts";

const signature =
  "\n\n-- \nDelmenhorst App – Miasto Delmenhorst\nNie prosili Państwo o tę wiadomość? W takim razie można ją zignorować.";

const OUTCOME = {
  approved: "rozpatrzony pozytywnie",
  partly: "rozpatrzony częściowo pozytywnie",
  rejected: "odrzucony",
} as const;

export const pl: ResidentTexts = {
  signature,
  verifyEmail: (link) => ({
    subject: "Prosimy o potwierdzenie adresu e-mail",
    text: `Dzień dobry,\n\nprosimy o potwierdzenie adresu e-mail do Państwa konta obywatela:\n\n${link}\n\nLink jest ważny 48 godzin i tylko jeden raz.`,
  }),
  resetPassword: (link) => ({
    subject: "Nowe hasło do konta obywatela",
    text: `Dzień dobry,\n\nza pomocą tego linku ustawią Państwo nowe hasło:\n\n${link}\n\nLink jest ważny godzinę i tylko jeden raz. Następnie zostaną Państwo wylogowani na wszystkich urządzeniach.`,
  }),
  newPostboxMessage: (link) => ({
    subject: "Nowa wiadomość w Państwa skrzynce pocztowej",
    text: `Dzień dobry,\n\nna Państwa koncie obywatela jest nowa wiadomość od Miasta Delmenhorst:\n\n${link}`,
  }),
  applicationQuestion: (link) => ({
    subject: "Pytanie dotyczące Państwa wniosku",
    text: `Dzień dobry,\n\nMiasto Delmenhorst ma pytanie dotyczące Państwa wniosku. Prosimy o odpowiedź w aplikacji:\n\n${link}`,
  }),
  visitFacts: (v) =>
    `Termin: ${v.when}\nMiejsce: ${v.location}\nSprawa: ${v.title}\nNumer sprawy: ${v.reference}`,
  confirmBooking: (facts, link, reference) => ({
    subject: `Prosimy o potwierdzenie wizyty (${reference})`,
    text: `Dzień dobry,\n\nprosimy potwierdzić wizytę w ciągu 15 minut za pomocą tego linku. W przeciwnym razie termin znów będzie wolny.\n\n${link}\n\n${facts}\n\nTym samym linkiem mogą Państwo później odwołać lub przełożyć wizytę.`,
  }),
  booked: (facts, link, reference) => ({
    subject: `Wizyta zarezerwowana (${reference})`,
    text: `Dzień dobry,\n\nPaństwa wizyta została zarezerwowana.\n\n${facts}\n\nOdwołanie lub zmiana terminu:\n${link}`,
  }),
  reminder: (facts, link, reference) => ({
    subject: `Przypomnienie: jutro Państwa wizyta (${reference})`,
    text: `Dzień dobry,\n\nprzypominamy o Państwa wizycie.\n\n${facts}\n\nCo należy zabrać ze sobą, podano w aplikacji w sekcji „Moje wizyty”:\n${link}\n\nNie mogą Państwo przyjść? Prosimy odwołać wizytę linkiem z e-maila z potwierdzeniem, aby ktoś inny mógł skorzystać z tego terminu.`,
  }),
  cancelledByOffice: (facts, reason, link, reference) => ({
    subject: `Państwa wizyta została odwołana (${reference})`,
    text: `Dzień dobry,\n\nniestety musimy odwołać Państwa wizytę. Powód: ${reason}\n\n${facts}\n\nProsimy zarezerwować nowy termin:\n${link}\n\nPrzepraszamy.`,
  }),
  accessibilityReceipt: (reference, answerBy) => ({
    subject: `Otrzymaliśmy Państwa uwagę dotyczącą dostępności (${reference})`,
    text: `Dzień dobry,\n\ndziękujemy za zgłoszenie bariery w Delmenhorst App. Odpowiemy najpóźniej do ${answerBy}.\n\nNumer sprawy: ${reference}`,
  }),
  consultationReceived: (reference, topic) => ({
    subject: `Otrzymaliśmy Państwa prośbę o doradztwo (${reference})`,
    text: `Dzień dobry,\n\ndziękujemy za zapytanie skierowane do agencji rozwoju gospodarczego Delmenhorst (dwfg). Odezwiemy się najszybciej, jak to możliwe.\n\nNumer sprawy: ${reference}\nTemat: ${topic}\n\nProsimy podawać numer sprawy, gdy piszą Państwo lub dzwonią do nas w tej sprawie.`,
  }),
  consultationTopics: {
    "going-online": "Działalność w internecie",
    funding: "Dofinansowanie",
    founding: "Zakładanie firmy",
    premises: "Lokale użytkowe",
    "skilled-workers": "Wykwalifikowani pracownicy",
    other: "Inne",
  },
  reportStatus: (status, note, link) => ({
    subject: `Twoje zgłoszenie: ${status}`,
    text: `Dzień dobry,\n\nTwoje zgłoszenie do miasta Delmenhorst ma teraz status „${status}”.${note ? `\n\nUwaga: ${note}` : ""}\n\nDo zgłoszenia: ${link}`,
  }),
  councilWeekly: (list, manage) => ({
    subject: "Twoje tematy rady w tym tygodniu",
    text: `Dzień dobry,\n\nw radzie miasta Delmenhorst są nowości w obserwowanych przez Ciebie tematach:\n\n${list}\n\nZmień lub anuluj swoje tematy rady: ${manage}`,
  }),
  chatTranscript: { subject: "Przebieg Twojego czatu z Biurem Obsługi Mieszkańców", file: "Plik" },
  calendar: {
    summary: (title) => `Wizyta: ${title}`,
    reference: (reference) => `Numer sprawy: ${reference}`,
    bring: "Prosimy zabrać ze sobą:",
    // 2–4 osoby, 5–21 osób.
    persons: (title, count) => `${title} (${count} ${fewForm(count) ? "osoby" : "osób"})`,
  },
  push: {
    postbox: {
      title: "Nowa wiadomość w skrzynce pocztowej",
      body: "Na Państwa koncie obywatela jest nowa wiadomość od Miasta Delmenhorst.",
    },
    appointment: {
      title: "Przypomnienie o jutrzejszej wizycie",
      body: "Godzinę, miejsce i to, co należy zabrać, znajdą Państwo w aplikacji w sekcji „Moje wizyty”.",
    },
    application: {
      title: "Nowy status Państwa wniosku",
      body: "Miasto Delmenhorst zajęło się Państwa wnioskiem. Status znajdą Państwo w aplikacji w sekcji „Moje wnioski”.",
    },
    chat: {
      title: "Odpowiedź z biura obsługi mieszkańców (Bürgerbüro)",
      body: "Na czacie czeka na Państwa odpowiedź. Proszę dotknąć tutaj, aby ją przeczytać.",
    },
  },
  receipt: (reference, typeTitle) => ({
    subject: `Potwierdzenie wpływu ${reference}: ${typeTitle}`,
    body: "Państwa wniosek do nas wpłynął. Potwierdzenie wpływu z Państwa danymi jest załączone jako PDF.",
  }),
  decision: (reference, typeTitle, outcome) => ({
    subject: `Decyzja (Bescheid) ${reference}: ${typeTitle}`,
    body: `Państwa wniosek został ${OUTCOME[outcome]}. Decyzja (Bescheid) jest załączona jako PDF w języku niemieckim. Wiążący prawnie jest wyłącznie dokument niemiecki.`,
  }),
};
