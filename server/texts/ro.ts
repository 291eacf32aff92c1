// Romanian (machine-made like the app's other Romanian texts until the city reviews them).
import type { ResidentTexts } from "./resident-texts";

const signature =
  "\n\n-- \nDelmenhorst App – Orașul Delmenhorst\nNu ați cerut acest e-mail? Atunci îl puteți ignora.";

const OUTCOME = { approved: "aprobată", partly: "aprobată parțial", rejected: "respinsă" } as const;

export const ro: ResidentTexts = {
  signature,
  verifyEmail: (link) => ({
    subject: "Vă rugăm să vă confirmați adresa de e-mail",
    text: `Bună ziua,\n\nvă rugăm să confirmați adresa de e-mail pentru contul dumneavoastră de cetățean:\n\n${link}\n\nLinkul este valabil 48 de ore și o singură dată.`,
  }),
  resetPassword: (link) => ({
    subject: "Parolă nouă pentru contul de cetățean",
    text: `Bună ziua,\n\nprin acest link stabiliți o parolă nouă:\n\n${link}\n\nLinkul este valabil o oră și o singură dată. După aceea veți fi deconectat pe toate dispozitivele.`,
  }),
  newPostboxMessage: (link) => ({
    subject: "Mesaj nou în căsuța dumneavoastră poștală",
    text: `Bună ziua,\n\nîn contul dumneavoastră de cetățean se află un mesaj nou de la Orașul Delmenhorst:\n\n${link}`,
  }),
  applicationQuestion: (link) => ({
    subject: "O întrebare despre cererea dumneavoastră",
    text: `Bună ziua,\n\nOrașul Delmenhorst are o întrebare despre cererea dumneavoastră. Vă rugăm să răspundeți în aplicație:\n\n${link}`,
  }),
  visitFacts: (v) =>
    `Programare: ${v.when}\nLoc: ${v.location}\nServiciu: ${v.title}\nNumăr de dosar: ${v.reference}`,
  confirmBooking: (facts, link, reference) => ({
    subject: `Vă rugăm să confirmați programarea (${reference})`,
    text: `Bună ziua,\n\nvă rugăm să confirmați programarea în 15 minute prin acest link. Altfel ora devine din nou liberă.\n\n${link}\n\n${facts}\n\nCu același link puteți anula sau muta programarea mai târziu.`,
  }),
  booked: (facts, link, reference) => ({
    subject: `Programarea dumneavoastră este făcută (${reference})`,
    text: `Bună ziua,\n\nprogramarea dumneavoastră este făcută.\n\n${facts}\n\nAnulare sau mutare:\n${link}`,
  }),
  reminder: (facts, link, reference) => ({
    subject: `Reamintire: programarea dumneavoastră de mâine (${reference})`,
    text: `Bună ziua,\n\nvă reamintim de programarea dumneavoastră.\n\n${facts}\n\nCe trebuie să aduceți scrie în aplicație la „Programările mele”:\n${link}\n\nNu puteți veni? Vă rugăm să anulați programarea prin linkul din e-mailul de confirmare, ca altcineva să primească ora.`,
  }),
  cancelledByOffice: (facts, reason, link, reference) => ({
    subject: `Programarea dumneavoastră a fost anulată (${reference})`,
    text: `Bună ziua,\n\ndin păcate trebuie să vă anulăm programarea. Motivul: ${reason}\n\n${facts}\n\nVă rugăm să faceți o programare nouă:\n${link}\n\nNe cerem scuze.`,
  }),
  accessibilityReceipt: (reference, answerBy) => ({
    subject: `Mesajul dumneavoastră despre accesibilitate a ajuns (${reference})`,
    text: `Bună ziua,\n\nvă mulțumim că ne-ați semnalat o barieră în Delmenhorst App. Vă vom răspunde cel târziu până la ${answerBy}.\n\nNumăr de dosar: ${reference}`,
  }),
  consultationReceived: (reference, topic) => ({
    subject: `Cererea dumneavoastră de consultanță a ajuns (${reference})`,
    text: `Bună ziua,\n\nvă mulțumim pentru cererea adresată agenției de dezvoltare economică Delmenhorst (dwfg). Vă vom contacta cât mai curând posibil.\n\nNumăr de dosar: ${reference}\nSubiect: ${topic}\n\nVă rugăm să menționați numărul de dosar când ne scrieți sau ne sunați în această privință.`,
  }),
  consultationTopics: {
    "going-online": "Prezență online",
    funding: "Finanțare",
    founding: "Înființarea unei afaceri",
    premises: "Spații comerciale",
    "skilled-workers": "Personal calificat",
    other: "Altele",
  },
  reportStatus: (status, note, link) => ({
    subject: `Sesizarea dvs.: ${status}`,
    text: `Bună ziua,\n\nsesizarea dvs. către orașul Delmenhorst are acum starea „${status}”.${note ? `\n\nNotă: ${note}` : ""}\n\nLa sesizare: ${link}`,
  }),
  councilWeekly: (list, manage) => ({
    subject: "Temele dvs. din consiliu în această săptămână",
    text: `Bună ziua,\n\nîn consiliul orașului Delmenhorst există noutăți despre temele pe care le urmăriți:\n\n${list}\n\nModificați sau anulați temele dvs. din consiliu: ${manage}`,
  }),
  chatTranscript: { subject: "Istoricul conversației dumneavoastră cu Biroul cetățenilor", file: "Fișier" },
  calendar: {
    summary: (title) => `Programare: ${title}`,
    reference: (reference) => `Număr de dosar: ${reference}`,
    bring: "Vă rugăm să aduceți:",
    // From 20 on Romanian says "de persoane".
    persons: (title, count) => `${title} (${count} ${count % 100 >= 20 ? "de " : ""}persoane)`,
  },
  push: {
    postbox: {
      title: "Mesaj nou în căsuța poștală",
      body: "În contul dumneavoastră de cetățean se află un mesaj nou de la Orașul Delmenhorst.",
    },
    appointment: {
      title: "Reamintire pentru programarea de mâine",
      body: "Ora, locul și ce trebuie să aduceți găsiți în aplicație la „Programările mele”.",
    },
    application: {
      title: "Stare nouă a cererii dumneavoastră",
      body: "Orașul Delmenhorst a procesat cererea dumneavoastră. Starea o găsiți în aplicație la „Cererile mele”.",
    },
    chat: {
      title: "Răspuns de la biroul cetățenilor (Bürgerbüro)",
      body: "În chat vă așteaptă un răspuns. Atingeți aici pentru a-l citi.",
    },
  },
  receipt: (reference, typeTitle) => ({
    subject: `Confirmare de primire ${reference}: ${typeTitle}`,
    body: "Cererea dumneavoastră a ajuns la noi. Confirmarea de primire cu datele dumneavoastră este atașată ca PDF.",
  }),
  decision: (reference, typeTitle, outcome) => ({
    subject: `Decizie (Bescheid) ${reference}: ${typeTitle}`,
    body: `Cererea dumneavoastră a fost ${OUTCOME[outcome]}. Decizia (Bescheid) este atașată ca PDF în limba germană. Numai documentul în limba germană are valoare juridică.`,
  }),
};
