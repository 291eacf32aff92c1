// German: the original of every text the app writes to a resident.
import type { ResidentTexts } from "./resident-texts";

const signature =
  "\n\n-- \nDelmenhorst App – Stadt Delmenhorst\nSie haben diese E-Mail nicht angefordert? Dann können Sie sie ignorieren.";

const OUTCOME = { approved: "genehmigt", partly: "teilweise genehmigt", rejected: "abgelehnt" } as const;

export const de: ResidentTexts = {
  signature,
  verifyEmail: (link) => ({
    subject: "Bitte bestätigen Sie Ihre E-Mail-Adresse",
    text: `Guten Tag,\n\nbitte bestätigen Sie Ihre E-Mail-Adresse für Ihr Bürgerkonto:\n\n${link}\n\nDer Link gilt 48 Stunden und nur einmal.`,
  }),
  resetPassword: (link) => ({
    subject: "Neues Passwort für Ihr Bürgerkonto",
    text: `Guten Tag,\n\nüber diesen Link legen Sie ein neues Passwort fest:\n\n${link}\n\nDer Link gilt eine Stunde und nur einmal. Danach sind Sie auf allen Geräten abgemeldet.`,
  }),
  newPostboxMessage: (link) => ({
    subject: "Neue Nachricht in Ihrem Postfach",
    text: `Guten Tag,\n\nin Ihrem Bürgerkonto liegt eine neue Nachricht der Stadt Delmenhorst:\n\n${link}`,
  }),
  applicationQuestion: (link) => ({
    subject: "Rückfrage zu Ihrem Antrag",
    text: `Guten Tag,\n\ndie Stadt Delmenhorst hat eine Rückfrage zu Ihrem Antrag. Bitte antworten Sie in der App:\n\n${link}`,
  }),
  visitFacts: (v) =>
    `Termin: ${v.when} Uhr\nOrt: ${v.location}\nAnliegen: ${v.title}\nVorgangsnummer: ${v.reference}`,
  confirmBooking: (facts, link, reference) => ({
    subject: `Bitte bestätigen Sie Ihren Termin (${reference})`,
    text: `Guten Tag,\n\nbitte bestätigen Sie Ihren Termin innerhalb von 15 Minuten über diesen Link. Sonst wird er wieder frei.\n\n${link}\n\n${facts}\n\nÜber denselben Link können Sie den Termin später absagen oder verschieben.`,
  }),
  booked: (facts, link, reference) => ({
    subject: `Ihr Termin ist gebucht (${reference})`,
    text: `Guten Tag,\n\nIhr Termin ist gebucht.\n\n${facts}\n\nAbsagen oder verschieben:\n${link}`,
  }),
  reminder: (facts, link, reference) => ({
    subject: `Erinnerung: Ihr Termin morgen (${reference})`,
    text: `Guten Tag,\n\nwir erinnern Sie an Ihren Termin.\n\n${facts}\n\nWas Sie mitbringen müssen, steht in der App unter „Meine Termine“:\n${link}\n\nSie können nicht kommen? Bitte sagen Sie den Termin über den Link in Ihrer Bestätigungs-E-Mail ab. Dann bekommt jemand anderes die Zeit.`,
  }),
  cancelledByOffice: (facts, reason, link, reference) => ({
    subject: `Ihr Termin wurde abgesagt (${reference})`,
    text: `Guten Tag,\n\nleider müssen wir Ihren Termin absagen. Grund: ${reason}\n\n${facts}\n\nBitte buchen Sie einen neuen Termin:\n${link}\n\nWir bitten um Entschuldigung.`,
  }),
  accessibilityReceipt: (reference, answerBy) => ({
    subject: `Ihre Rückmeldung zur Barrierefreiheit ist angekommen (${reference})`,
    text: `Guten Tag,\n\nvielen Dank für Ihren Hinweis auf eine Barriere in der Delmenhorst App. Wir antworten Ihnen spätestens bis zum ${answerBy}.\n\nVorgangsnummer: ${reference}`,
  }),
  consultationReceived: (reference, topic) => ({
    subject: `Ihre Beratungsanfrage ist angekommen (${reference})`,
    text: `Guten Tag,\n\nvielen Dank für Ihre Anfrage an die Wirtschaftsförderung Delmenhorst (dwfg). Wir melden uns so bald wie möglich bei Ihnen.\n\nVorgangsnummer: ${reference}\nThema: ${topic}\n\nBitte geben Sie die Vorgangsnummer an, wenn Sie uns dazu schreiben oder anrufen.`,
  }),
  consultationTopics: {
    "going-online": "Online gehen",
    funding: "Fördermittel",
    founding: "Gründung",
    premises: "Gewerbeflächen",
    "skilled-workers": "Fachkräfte",
    other: "Sonstiges",
  },
  reportStatus: (status, note, link) => ({
    subject: `Ihre Meldung: ${status}`,
    text: `Guten Tag,\n\nIhre Meldung an die Stadt Delmenhorst hat jetzt den Stand „${status}“.${note ? `\n\nHinweis: ${note}` : ""}\n\nZur Meldung: ${link}`,
  }),
  councilWeekly: (list, manage) => ({
    subject: "Ihre Ratsthemen dieser Woche",
    text: `Guten Tag,\n\nim Rat der Stadt Delmenhorst gibt es Neues zu den Themen, denen Sie folgen:\n\n${list}\n\nIhre Ratsthemen ändern oder abbestellen: ${manage}`,
  }),
  chatTranscript: { subject: "Verlauf Ihres Chats mit dem Bürgerbüro", file: "Datei" },
  calendar: {
    summary: (title) => `Termin: ${title}`,
    reference: (reference) => `Vorgangsnummer: ${reference}`,
    bring: "Bitte mitbringen:",
    persons: (title, count) => `${title} (${count} Personen)`,
  },
  push: {
    postbox: {
      title: "Neue Nachricht im Postfach",
      body: "In Ihrem Bürgerkonto liegt eine neue Nachricht der Stadt Delmenhorst.",
    },
    appointment: {
      title: "Erinnerung an Ihren Termin morgen",
      body: "Uhrzeit, Ort und was Sie mitbringen müssen, sehen Sie in der App unter „Meine Termine“.",
    },
    application: {
      title: "Neuer Stand Ihres Antrags",
      body: "Die Stadt Delmenhorst hat Ihren Antrag bearbeitet. Den Stand sehen Sie in der App unter „Meine Anträge“.",
    },
    chat: {
      title: "Antwort vom Bürgerbüro",
      body: "Im Chat wartet eine Antwort auf Sie. Tippen Sie hier, um sie zu lesen.",
    },
  },
  receipt: (reference, typeTitle) => ({
    subject: `Eingangsbestätigung ${reference}: ${typeTitle}`,
    body: "Ihr Antrag ist bei uns eingegangen. Die Eingangsbestätigung mit Ihren Angaben liegt als PDF bei.",
  }),
  decision: (reference, typeTitle, outcome) => ({
    subject: `Bescheid ${reference}: ${typeTitle}`,
    body: `Ihr Antrag wurde ${OUTCOME[outcome]}. Der Bescheid liegt als PDF bei.`,
  }),
};
