// Ukrainian (machine-made like the app's other Ukrainian texts until the city reviews them).
import { fewForm } from "./plural";
import type { ResidentTexts } from "./resident-texts";

const signature =
  "\n\n-- \nDelmenhorst App – місто Дельменгорст\nВи не запитували цей лист? Тоді просто не зважайте на нього.";

const OUTCOME = { approved: "схвалено", partly: "схвалено частково", rejected: "відхилено" } as const;

export const uk: ResidentTexts = {
  signature,
  verifyEmail: (link) => ({
    subject: "Будь ласка, підтвердьте свою адресу електронної пошти",
    text: `Добрий день!\n\nБудь ласка, підтвердьте адресу електронної пошти для вашого облікового запису громадянина:\n\n${link}\n\nПосилання дійсне 48 годин і лише один раз.`,
  }),
  resetPassword: (link) => ({
    subject: "Новий пароль для вашого облікового запису громадянина",
    text: `Добрий день!\n\nЗа цим посиланням ви можете встановити новий пароль:\n\n${link}\n\nПосилання дійсне одну годину і лише один раз. Після цього ви вийдете з облікового запису на всіх пристроях.`,
  }),
  newPostboxMessage: (link) => ({
    subject: "Нове повідомлення у вашій поштовій скриньці",
    text: `Добрий день!\n\nУ вашому обліковому записі громадянина є нове повідомлення від міста Дельменгорст:\n\n${link}`,
  }),
  applicationQuestion: (link) => ({
    subject: "Запитання щодо вашої заяви",
    text: `Добрий день!\n\nМісто Дельменгорст має запитання щодо вашої заяви. Будь ласка, дайте відповідь у застосунку:\n\n${link}`,
  }),
  visitFacts: (v) => `Коли: ${v.when}\nДе: ${v.location}\nМета: ${v.title}\nНомер справи: ${v.reference}`,
  confirmBooking: (facts, link, reference) => ({
    subject: `Будь ласка, підтвердьте запис (${reference})`,
    text: `Добрий день!\n\nБудь ласка, підтвердьте запис протягом 15 хвилин за цим посиланням. Інакше час знову стане вільним.\n\n${link}\n\n${facts}\n\nЗа цим самим посиланням ви зможете пізніше скасувати або перенести запис.`,
  }),
  booked: (facts, link, reference) => ({
    subject: `Ви записані (${reference})`,
    text: `Добрий день!\n\nВаш запис оформлено.\n\n${facts}\n\nСкасувати або перенести:\n${link}`,
  }),
  reminder: (facts, link, reference) => ({
    subject: `Нагадування: ваш запис завтра (${reference})`,
    text: `Добрий день!\n\nНагадуємо про ваш запис.\n\n${facts}\n\nЩо взяти з собою, зазначено в застосунку в розділі «Мої записи»:\n${link}\n\nНе можете прийти? Будь ласка, скасуйте запис за посиланням з листа-підтвердження, щоб цей час отримав хтось інший.`,
  }),
  cancelledByOffice: (facts, reason, link, reference) => ({
    subject: `Ваш запис скасовано (${reference})`,
    text: `Добрий день!\n\nНа жаль, ми змушені скасувати ваш запис. Причина: ${reason}\n\n${facts}\n\nБудь ласка, запишіться на новий час:\n${link}\n\nПросимо вибачення.`,
  }),
  accessibilityReceipt: (reference, answerBy) => ({
    subject: `Ваш відгук щодо доступності отримано (${reference})`,
    text: `Добрий день!\n\nДякуємо, що повідомили нам про бар'єр у Delmenhorst App. Ми відповімо вам не пізніше ${answerBy}.\n\nНомер справи: ${reference}`,
  }),
  consultationReceived: (reference, topic) => ({
    subject: `Ваш запит на консультацію отримано (${reference})`,
    text: `Добрий день!\n\nДякуємо за ваш запит до агентства економічного розвитку Дельменгорста (dwfg). Ми зв'яжемося з вами якнайшвидше.\n\nНомер справи: ${reference}\nТема: ${topic}\n\nБудь ласка, вказуйте номер справи, коли пишете або телефонуєте нам щодо цього.`,
  }),
  consultationTopics: {
    "going-online": "Вихід в інтернет",
    funding: "Фінансова підтримка",
    founding: "Заснування бізнесу",
    premises: "Комерційні приміщення",
    "skilled-workers": "Кваліфіковані працівники",
    other: "Інше",
  },
  reportStatus: (status, note, link) => ({
    subject: `Ваше повідомлення: ${status}`,
    text: `Добрий день!\n\nВаше повідомлення до міста Дельменгорст тепер має статус «${status}».${note ? `\n\nПримітка: ${note}` : ""}\n\nДо повідомлення: ${link}`,
  }),
  councilWeekly: (list, manage) => ({
    subject: "Ваші теми ради цього тижня",
    text: `Добрий день!\n\nУ раді міста Дельменгорст є новини з тем, за якими ви стежите:\n\n${list}\n\nЗмінити теми ради або відписатися: ${manage}`,
  }),
  chatTranscript: { subject: "Історія вашого чату з бюро у справах громадян", file: "Файл" },
  calendar: {
    summary: (title) => `Запис на прийом: ${title}`,
    reference: (reference) => `Номер справи: ${reference}`,
    bring: "Будь ласка, візьміть із собою:",
    // 2–4 особи, 5–20 осіб.
    persons: (title, count) => `${title} (${count} ${fewForm(count) ? "особи" : "осіб"})`,
  },
  push: {
    postbox: {
      title: "Нове повідомлення в поштовій скриньці",
      body: "У вашому обліковому записі громадянина є нове повідомлення від міста Дельменгорст.",
    },
    appointment: {
      title: "Нагадування про ваш запис завтра",
      body: "Час, місце і що взяти з собою — у застосунку в розділі «Мої записи».",
    },
    application: {
      title: "Новий статус вашої заяви",
      body: "Місто Дельменгорст опрацювало вашу заяву. Статус — у застосунку в розділі «Мої заяви».",
    },
    chat: {
      title: "Відповідь від бюро у справах громадян (Bürgerbüro)",
      body: "У чаті на вас чекає відповідь. Торкніться тут, щоб її прочитати.",
    },
  },
  receipt: (reference, typeTitle) => ({
    subject: `Підтвердження отримання ${reference}: ${typeTitle}`,
    body: "Ваша заява надійшла до нас. Підтвердження отримання з вашими даними додано у форматі PDF.",
  }),
  decision: (reference, typeTitle, outcome) => ({
    subject: `Рішення (Bescheid) ${reference}: ${typeTitle}`,
    body: `Вашу заяву ${OUTCOME[outcome]}. Рішення (Bescheid) додано у форматі PDF німецькою мовою. Юридичну силу має лише документ німецькою мовою.`,
  }),
};
