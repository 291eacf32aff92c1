// Leichte Sprache (src/lib/leichte-sprache.ts checks every sentence: tests/unit/leichte-sprache.test.ts).
import type { ResidentTexts } from "./resident-texts";

const signature =
  "\n\n-- \nDelmenhorst App – Stadt Delmenhorst\nSie wollten diese E-Mail nicht? Dann müssen Sie nichts tun.";

export const deXLs: ResidentTexts = {
  signature,
  verifyEmail: (link) => ({
    subject: "Bitte bestätigen Sie Ihre E-Mail-Adresse",
    text: `Guten Tag,\n\nSie haben ein Bürger·konto gemacht. Bitte klicken Sie auf diesen Link:\n\n${link}\n\nDann wissen wir: Die E-Mail-Adresse ist richtig. Der Link geht nur einmal. Der Link geht 48 Stunden lang.`,
  }),
  resetPassword: (link) => ({
    subject: "Neues Pass·wort für Ihr Bürger·konto",
    text: `Guten Tag,\n\nmit diesem Link machen Sie ein neues Pass·wort:\n\n${link}\n\nDer Link geht nur einmal. Der Link geht eine Stunde lang. Danach sind Sie auf allen Geräten abgemeldet.`,
  }),
  newPostboxMessage: (link) => ({
    subject: "Neue Nachricht in Ihrem Post·fach",
    text: `Guten Tag,\n\ndie Stadt Delmenhorst hat Ihnen eine Nachricht geschickt. Die Nachricht ist in Ihrem Bürger·konto:\n\n${link}`,
  }),
  applicationQuestion: (link) => ({
    subject: "Frage zu Ihrem Antrag",
    text: `Guten Tag,\n\ndie Stadt Delmenhorst hat eine Frage zu Ihrem Antrag. Bitte antworten Sie in der App:\n\n${link}`,
  }),
  visitFacts: (v) =>
    `Termin: ${v.when} Uhr\nOrt: ${v.location}\nAnliegen: ${v.title}\nVorgangs·nummer: ${v.reference}`,
  confirmBooking: (facts, link, reference) => ({
    subject: `Bitte bestätigen Sie Ihren Termin (${reference})`,
    text: `Guten Tag,\n\nbitte klicken Sie in den nächsten 15 Minuten auf diesen Link. Dann ist der Termin fest. Sonst bekommt jemand anderes den Termin.\n\n${link}\n\n${facts}\n\nMit dem Link können Sie den Termin auch später absagen. Oder Sie nehmen eine andere Zeit.`,
  }),
  booked: (facts, link, reference) => ({
    subject: `Ihr Termin ist fest (${reference})`,
    text: `Guten Tag,\n\nIhr Termin ist fest.\n\n${facts}\n\nHier können Sie den Termin absagen. Oder Sie nehmen eine andere Zeit:\n${link}`,
  }),
  reminder: (facts, link, reference) => ({
    subject: `Ihr Termin ist morgen (${reference})`,
    text: `Guten Tag,\n\nmorgen haben Sie einen Termin.\n\n${facts}\n\nWas müssen Sie mitbringen? Das steht in der App bei: Meine Termine.\n${link}\n\nSie können nicht kommen? Dann sagen Sie den Termin bitte ab. Der Link dafür ist in Ihrer ersten E-Mail. Dann bekommt jemand anderes die Zeit.`,
  }),
  cancelledByOffice: (facts, reason, link, reference) => ({
    subject: `Ihr Termin fällt aus (${reference})`,
    text: `Guten Tag,\n\nwir müssen Ihren Termin leider absagen. Der Grund ist: ${reason}\n\n${facts}\n\nBitte machen Sie einen neuen Termin:\n${link}\n\nDas tut uns leid.`,
  }),
  accessibilityReceipt: (reference, answerBy) => ({
    subject: `Ihre Nachricht ist da (${reference})`,
    text: `Guten Tag,\n\nSie haben uns eine Barriere in der App gemeldet. Vielen Dank! Wir antworten Ihnen bis zum ${answerBy}.\n\nVorgangs·nummer: ${reference}`,
  }),
  consultationReceived: (reference, topic) => ({
    subject: `Ihre Anfrage ist da (${reference})`,
    text: `Guten Tag,\n\nvielen Dank für Ihre Anfrage an die Wirtschafts·förderung Delmenhorst. Wir melden uns bald bei Ihnen.\n\nVorgangs·nummer: ${reference}\nThema: ${topic}\n\nSie schreiben uns? Oder Sie rufen an? Dann sagen Sie bitte die Vorgangs·nummer.`,
  }),
  consultationTopics: {
    "going-online": "Ins Internet gehen",
    funding: "Geld vom Staat für Firmen",
    founding: "Eine Firma gründen",
    premises: "Räume für Firmen",
    "skilled-workers": "Fach·kräfte",
    other: "Etwas anderes",
  },
  reportStatus: (status, note, link) => ({
    subject: `Ihre Meldung ist jetzt: ${status}`,
    text: `Guten Tag,\n\nSie haben der Stadt Delmenhorst etwas gemeldet.\nIhre Meldung ist jetzt: ${status}.${note ? `\n\nDie Stadt schreibt dazu:\n${note}` : ""}\n\nHier sehen Sie Ihre Meldung:\n${link}`,
  }),
  councilWeekly: (list, manage) => ({
    subject: "Neues aus dem Rat für Sie",
    text: `Guten Tag,\n\nSie wollen Neues zu bestimmten Themen aus dem Rat wissen.\nDas ist neu in dieser Woche:\n\n${list}\n\nSie wollen diese E-Mail nicht mehr?\nOder Sie wollen andere Themen?\nDann gehen Sie hier hin: ${manage}`,
  }),
  chatTranscript: { subject: "Ihr Chat mit dem Bürger-Büro", file: "Datei" },
  calendar: {
    summary: (title) => `Ihr Termin: ${title}`,
    reference: (reference) => `Ihre Vorgangs·nummer: ${reference}`,
    bring: "Das bringen Sie mit:",
    persons: (title, count) => `${title} (${count} Personen)`,
  },
  push: {
    postbox: {
      title: "Neue Nachricht im Post·fach",
      body: "Die Stadt Delmenhorst hat Ihnen eine Nachricht geschickt.",
    },
    appointment: {
      title: "Morgen haben Sie einen Termin",
      body: "Zeit, Ort und was Sie mitbringen: Das steht in der App bei Meine Termine.",
    },
    application: {
      title: "Neues zu Ihrem Antrag",
      body: "Die Stadt Delmenhorst hat Ihren Antrag bearbeitet. Das steht in der App bei Meine Anträge.",
    },
    chat: {
      title: "Antwort vom Bürger·büro",
      body: "Im Chat ist eine Antwort für Sie. Tippen Sie hier.",
    },
  },
  receipt: (reference, typeTitle) => ({
    subject: `Ihr Antrag ist da ${reference}: ${typeTitle}`,
    body: "Ihr Antrag ist bei uns angekommen. Ihre Angaben sind in der PDF-Datei.",
  }),
  // The summary in Leichte Sprache follows in the message (src/lib/contract/easy-decision.ts).
  decision: (reference, typeTitle) => ({
    subject: `Bescheid ${reference}: ${typeTitle}`,
    body: "Die Stadt hat über Ihren Antrag entschieden. Der Bescheid ist in der PDF-Datei.",
  }),
};
