// English.
import type { ResidentTexts } from "./resident-texts";

const signature =
  "\n\n-- \nDelmenhorst App – City of Delmenhorst\nDid not ask for this email? Then you can ignore it.";

const OUTCOME = { approved: "approved", partly: "partly approved", rejected: "rejected" } as const;

export const en: ResidentTexts = {
  signature,
  verifyEmail: (link) => ({
    subject: "Please confirm your email address",
    text: `Hello,\n\nplease confirm your email address for your citizen account:\n\n${link}\n\nThe link works once and for 48 hours.`,
  }),
  resetPassword: (link) => ({
    subject: "New password for your citizen account",
    text: `Hello,\n\nuse this link to set a new password:\n\n${link}\n\nThe link works once and for one hour. Afterwards you are signed out on every device.`,
  }),
  newPostboxMessage: (link) => ({
    subject: "New message in your postbox",
    text: `Hello,\n\nthere is a new message from the City of Delmenhorst in your citizen account:\n\n${link}`,
  }),
  applicationQuestion: (link) => ({
    subject: "A question about your application",
    text: `Hello,\n\nthe City of Delmenhorst has a question about your application. Please answer it in the app:\n\n${link}`,
  }),
  visitFacts: (v) => `When: ${v.when}\nWhere: ${v.location}\nFor: ${v.title}\nReference: ${v.reference}`,
  confirmBooking: (facts, link, reference) => ({
    subject: `Please confirm your appointment (${reference})`,
    text: `Hello,\n\nplease confirm your appointment within 15 minutes with this link. Otherwise the time becomes free again.\n\n${link}\n\n${facts}\n\nThe same link lets you cancel or move the appointment later.`,
  }),
  booked: (facts, link, reference) => ({
    subject: `Your appointment is booked (${reference})`,
    text: `Hello,\n\nyour appointment is booked.\n\n${facts}\n\nCancel or move it:\n${link}`,
  }),
  reminder: (facts, link, reference) => ({
    subject: `Reminder: your appointment tomorrow (${reference})`,
    text: `Hello,\n\nthis is a reminder of your appointment.\n\n${facts}\n\nWhat to bring is in the app under "My appointments":\n${link}\n\nCannot come? Please cancel with the link in your confirmation email, so someone else gets the time.`,
  }),
  cancelledByOffice: (facts, reason, link, reference) => ({
    subject: `Your appointment has been cancelled (${reference})`,
    text: `Hello,\n\nwe are sorry to cancel your appointment. Reason: ${reason}\n\n${facts}\n\nPlease book a new appointment:\n${link}`,
  }),
  accessibilityReceipt: (reference, answerBy) => ({
    subject: `Your feedback on accessibility has arrived (${reference})`,
    text: `Hello,\n\nthank you for telling us about a barrier in the Delmenhorst App. We will answer you by ${answerBy} at the latest.\n\nReference: ${reference}`,
  }),
  consultationReceived: (reference, topic) => ({
    subject: `Your consultation request has arrived (${reference})`,
    text: `Hello,\n\nthank you for your request to Delmenhorst's economic development agency (dwfg). We will get back to you as soon as we can.\n\nReference: ${reference}\nTopic: ${topic}\n\nPlease quote the reference when you write or call us about it.`,
  }),
  consultationTopics: {
    "going-online": "Going online",
    funding: "Funding",
    founding: "Starting a business",
    premises: "Business premises",
    "skilled-workers": "Skilled workers",
    other: "Other",
  },
  reportStatus: (status, note, link) => ({
    subject: `Your defect report: ${status}`,
    text: `Hello,\n\nyour report to the City of Delmenhorst now has the status "${status}".${note ? `\n\nNote: ${note}` : ""}\n\nSee the report: ${link}`,
  }),
  councilWeekly: (list, manage) => ({
    subject: "Your council topics this week",
    text: `Hello,\n\nthere is news in the council of the City of Delmenhorst on the topics you follow:\n\n${list}\n\nChange or cancel your council topics: ${manage}`,
  }),
  chatTranscript: { subject: "Your chat with the Bürgerbüro", file: "File" },
  calendar: {
    summary: (title) => `Appointment: ${title}`,
    reference: (reference) => `Reference: ${reference}`,
    bring: "Please bring:",
    persons: (title, count) => `${title} (${count} people)`,
  },
  push: {
    postbox: {
      title: "New message in your postbox",
      body: "There is a new message from the City of Delmenhorst in your citizen account.",
    },
    appointment: {
      title: "Reminder of your appointment tomorrow",
      body: 'Time, place and what to bring are in the app under "My appointments".',
    },
    application: {
      title: "New status of your application",
      body: 'The City of Delmenhorst has worked on your application. See the status in the app under "My applications".',
    },
    chat: {
      title: "Answer from the Bürgerbüro",
      body: "An answer is waiting for you in the chat. Tap here to read it.",
    },
  },
  receipt: (reference, typeTitle) => ({
    subject: `Receipt ${reference}: ${typeTitle}`,
    body: "We have received your application. The receipt with your details is attached as a PDF.",
  }),
  decision: (reference, typeTitle, outcome) => ({
    subject: `Decision (Bescheid) ${reference}: ${typeTitle}`,
    body: `Your application has been ${OUTCOME[outcome]}. The decision (Bescheid) is attached as a PDF in German. Only the German document is legally binding.`,
  }),
};
