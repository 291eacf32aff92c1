// Bulgarian (machine-made like the app's other Bulgarian texts until the city reviews them).
import type { ResidentTexts } from "./resident-texts";

const signature =
  "\n\n-- \nDelmenhorst App – град Делменхорст\nНе сте поискали този имейл? Тогава можете да не му обръщате внимание.";

const OUTCOME = { approved: "одобрено", partly: "одобрено частично", rejected: "отхвърлено" } as const;

export const bg: ResidentTexts = {
  signature,
  verifyEmail: (link) => ({
    subject: "Моля, потвърдете имейл адреса си",
    text: `Добър ден,\n\nмоля, потвърдете имейл адреса си за гражданския си профил:\n\n${link}\n\nЛинкът е валиден 48 часа и само веднъж.`,
  }),
  resetPassword: (link) => ({
    subject: "Нова парола за гражданския ви профил",
    text: `Добър ден,\n\nс този линк задавате нова парола:\n\n${link}\n\nЛинкът е валиден един час и само веднъж. След това ще бъдете отписани от всички устройства.`,
  }),
  newPostboxMessage: (link) => ({
    subject: "Ново съобщение в пощенската ви кутия",
    text: `Добър ден,\n\nв гражданския ви профил има ново съобщение от град Делменхорст:\n\n${link}`,
  }),
  applicationQuestion: (link) => ({
    subject: "Въпрос относно вашето заявление",
    text: `Добър ден,\n\nград Делменхорст има въпрос относно вашето заявление. Моля, отговорете в приложението:\n\n${link}`,
  }),
  visitFacts: (v) =>
    `Час: ${v.when}\nМясто: ${v.location}\nУслуга: ${v.title}\nНомер на преписката: ${v.reference}`,
  confirmBooking: (facts, link, reference) => ({
    subject: `Моля, потвърдете часа си (${reference})`,
    text: `Добър ден,\n\nмоля, потвърдете часа си в рамките на 15 минути с този линк. Иначе той отново става свободен.\n\n${link}\n\n${facts}\n\nСъс същия линк можете по-късно да отмените или преместите часа.`,
  }),
  booked: (facts, link, reference) => ({
    subject: `Часът ви е запазен (${reference})`,
    text: `Добър ден,\n\nчасът ви е запазен.\n\n${facts}\n\nОтмяна или преместване:\n${link}`,
  }),
  reminder: (facts, link, reference) => ({
    subject: `Напомняне: часът ви утре (${reference})`,
    text: `Добър ден,\n\nнапомняме ви за запазения час.\n\n${facts}\n\nКакво да носите, пише в приложението в „Моите часове“:\n${link}\n\nНе можете да дойдете? Моля, отменете часа с линка от имейла за потвърждение, за да може някой друг да го получи.`,
  }),
  cancelledByOffice: (facts, reason, link, reference) => ({
    subject: `Часът ви е отменен (${reference})`,
    text: `Добър ден,\n\nза съжаление трябва да отменим часа ви. Причина: ${reason}\n\n${facts}\n\nМоля, запазете нов час:\n${link}\n\nМолим за извинение.`,
  }),
  accessibilityReceipt: (reference, answerBy) => ({
    subject: `Вашият сигнал за достъпност е получен (${reference})`,
    text: `Добър ден,\n\nблагодарим ви, че ни съобщихте за бариера в Delmenhorst App. Ще ви отговорим най-късно до ${answerBy}.\n\nНомер на преписката: ${reference}`,
  }),
  consultationReceived: (reference, topic) => ({
    subject: `Запитването ви за консултация е получено (${reference})`,
    text: `Добър ден,\n\nблагодарим ви за запитването до агенцията за икономическо развитие на Делменхорст (dwfg). Ще се свържем с вас възможно най-скоро.\n\nНомер на преписката: ${reference}\nТема: ${topic}\n\nМоля, посочвайте номера на преписката, когато ни пишете или се обаждате по въпроса.`,
  }),
  consultationTopics: {
    "going-online": "Присъствие онлайн",
    funding: "Финансиране",
    founding: "Основаване на фирма",
    premises: "Търговски площи",
    "skilled-workers": "Квалифицирани кадри",
    other: "Друго",
  },
  reportStatus: (status, note, link) => ({
    subject: `Вашият сигнал: ${status}`,
    text: `Здравейте,\n\nвашият сигнал до град Делменхорст вече е със статус „${status}“.${note ? `\n\nБележка: ${note}` : ""}\n\nКъм сигнала: ${link}`,
  }),
  councilWeekly: (list, manage) => ({
    subject: "Вашите теми от съвета тази седмица",
    text: `Здравейте,\n\nв съвета на град Делменхорст има новини по темите, които следите:\n\n${list}\n\nПроменете или откажете темите си от съвета: ${manage}`,
  }),
  chatTranscript: { subject: "Запис на вашия чат с Гражданското бюро", file: "Файл" },
  calendar: {
    summary: (title) => `Час: ${title}`,
    reference: (reference) => `Номер на преписката: ${reference}`,
    bring: "Моля, носете:",
    persons: (title, count) => `${title} (${count} души)`,
  },
  push: {
    postbox: {
      title: "Ново съобщение в пощенската кутия",
      body: "В гражданския ви профил има ново съобщение от град Делменхорст.",
    },
    appointment: {
      title: "Напомняне за часа ви утре",
      body: "Час, място и какво да носите ще видите в приложението в „Моите часове“.",
    },
    application: {
      title: "Нов статус на вашето заявление",
      body: "Град Делменхорст обработи заявлението ви. Статуса ще видите в приложението в „Моите заявления“.",
    },
    chat: {
      title: "Отговор от гражданското бюро (Bürgerbüro)",
      body: "В чата ви очаква отговор. Докоснете тук, за да го прочетете.",
    },
  },
  receipt: (reference, typeTitle) => ({
    subject: `Потвърждение за получаване ${reference}: ${typeTitle}`,
    body: "Заявлението ви е получено. Потвърждението за получаване с вашите данни е приложено като PDF.",
  }),
  decision: (reference, typeTitle, outcome) => ({
    subject: `Решение (Bescheid) ${reference}: ${typeTitle}`,
    body: `Заявлението ви е ${OUTCOME[outcome]}. Решението (Bescheid) е приложено като PDF на немски език. Правно обвързващ е само документът на немски език.`,
  }),
};
