// Defect reports' pushes, in the resident's app language (all ten): a report's new status to the
// device its reporter named, and a new report in an area a device follows. They name no text of the
// report: a lock screen may be seen by others. Each goes to one device, named in the job's ref.
import type { UiLanguage } from "../../../src/lib/contract/languages";
import { reportPagePath, type ReportStatus } from "../../../src/lib/contract/reports";
import type { PushPayload } from "../../../src/lib/contract/warnings";
import { type PushMessage, topicFor } from "./payload";

type Texts = {
  statusTitle: string;
  statusBody: (status: string) => string;
  statuses: Record<ReportStatus, string>;
  nearbyTitle: string;
  nearbyBody: string;
};

const TEXTS: Record<UiLanguage, Texts> = {
  de: {
    statusTitle: "Neuer Stand Ihrer Meldung",
    statusBody: (status) => `Ihre Meldung hat jetzt den Stand „${status}“. Tippen Sie hier für Details.`,
    statuses: {
      received: "eingegangen",
      in_progress: "in Bearbeitung",
      done: "erledigt",
      not_responsible: "nicht zuständig",
      rejected: "abgelehnt",
    },
    nearbyTitle: "Neue Meldung in Ihrer Nähe",
    nearbyBody: "In dem Gebiet, dem Sie folgen, wurde ein Mangel gemeldet.",
  },
  en: {
    statusTitle: "New status of your report",
    statusBody: (status) => `Your report is now "${status}". Tap here for details.`,
    statuses: {
      received: "received",
      in_progress: "in progress",
      done: "done",
      not_responsible: "not our responsibility",
      rejected: "rejected",
    },
    nearbyTitle: "New report near you",
    nearbyBody: "A defect was reported in the area you follow.",
  },
  tr: {
    statusTitle: "Bildiriminizin durumu değişti",
    statusBody: (status) => `Bildiriminizin yeni durumu: "${status}". Ayrıntılar için buraya dokunun.`,
    statuses: {
      received: "alındı",
      in_progress: "işleniyor",
      done: "tamamlandı",
      not_responsible: "yetki alanımız dışında",
      rejected: "reddedildi",
    },
    nearbyTitle: "Yakınınızda yeni bildirim",
    nearbyBody: "Takip ettiğiniz bölgede bir arıza bildirildi.",
  },
  ar: {
    statusTitle: "حالة جديدة لبلاغك",
    statusBody: (status) => `حالة بلاغك الآن: «${status}». اضغط هنا للتفاصيل.`,
    statuses: {
      received: "تم الاستلام",
      in_progress: "قيد المعالجة",
      done: "تم الإنجاز",
      not_responsible: "ليس من اختصاصنا",
      rejected: "مرفوض",
    },
    nearbyTitle: "بلاغ جديد بالقرب منك",
    nearbyBody: "تم الإبلاغ عن عطل في المنطقة التي تتابعها.",
  },
  ru: {
    statusTitle: "Новый статус вашего сообщения",
    statusBody: (status) => `Статус вашего сообщения: «${status}». Нажмите, чтобы узнать подробности.`,
    statuses: {
      received: "получено",
      in_progress: "в работе",
      done: "выполнено",
      not_responsible: "не в нашей компетенции",
      rejected: "отклонено",
    },
    nearbyTitle: "Новое сообщение рядом с вами",
    nearbyBody: "В районе, за которым вы следите, сообщили о неисправности.",
  },
  uk: {
    statusTitle: "Новий статус вашого повідомлення",
    statusBody: (status) => `Статус вашого повідомлення: «${status}». Натисніть, щоб дізнатися більше.`,
    statuses: {
      received: "отримано",
      in_progress: "в роботі",
      done: "виконано",
      not_responsible: "не в нашій компетенції",
      rejected: "відхилено",
    },
    nearbyTitle: "Нове повідомлення поруч із вами",
    nearbyBody: "У районі, за яким ви стежите, повідомили про несправність.",
  },
  pl: {
    statusTitle: "Nowy status Twojego zgłoszenia",
    statusBody: (status) => `Twoje zgłoszenie ma teraz status „${status}”. Dotknij, aby zobaczyć szczegóły.`,
    statuses: {
      received: "przyjęte",
      in_progress: "w realizacji",
      done: "załatwione",
      not_responsible: "poza naszą właściwością",
      rejected: "odrzucone",
    },
    nearbyTitle: "Nowe zgłoszenie w pobliżu",
    nearbyBody: "W obserwowanym przez Ciebie obszarze zgłoszono usterkę.",
  },
  bg: {
    statusTitle: "Нов статус на вашия сигнал",
    statusBody: (status) => `Вашият сигнал вече е със статус „${status}“. Докоснете за подробности.`,
    statuses: {
      received: "получен",
      in_progress: "в процес на работа",
      done: "изпълнен",
      not_responsible: "извън нашата компетентност",
      rejected: "отхвърлен",
    },
    nearbyTitle: "Нов сигнал близо до вас",
    nearbyBody: "В района, който следите, е подаден сигнал за нередност.",
  },
  ro: {
    statusTitle: "Stare nouă a sesizării dvs.",
    statusBody: (status) => `Sesizarea dvs. are acum starea „${status}”. Atingeți pentru detalii.`,
    statuses: {
      received: "primită",
      in_progress: "în lucru",
      done: "rezolvată",
      not_responsible: "nu ține de competența noastră",
      rejected: "respinsă",
    },
    nearbyTitle: "Sesizare nouă în apropiere",
    nearbyBody: "În zona pe care o urmăriți a fost semnalată o defecțiune.",
  },
  "de-x-ls": {
    statusTitle: "Neues zu Ihrer Meldung",
    statusBody: (status) => `Ihre Meldung ist jetzt: ${status}. Tippen Sie hier. Dann sehen Sie mehr.`,
    statuses: {
      received: "angekommen",
      in_progress: "in Arbeit",
      done: "fertig",
      not_responsible: "nicht bei uns",
      rejected: "abgelehnt",
    },
    nearbyTitle: "Neue Meldung in Ihrer Nähe",
    nearbyBody: "Jemand hat etwas Kaputtes gemeldet. Es ist in dem Gebiet, das Sie beobachten.",
  },
};

/** A status as the resident's language names it (pushes and mails use the same words). */
export const reportStatusName = (language: UiLanguage, status: ReportStatus) =>
  TEXTS[language].statuses[status];

/** The public page of a report, which the notification opens. */
export const reportPushUrl = (reportId: string) => reportPagePath(reportId);

export function reportStatusPayload(
  language: UiLanguage,
  reportId: string,
  status: ReportStatus,
): PushPayload {
  const texts = TEXTS[language];
  return {
    topic: "reports",
    title: texts.statusTitle,
    body: texts.statusBody(texts.statuses[status]),
    url: reportPushUrl(reportId),
  };
}

export function newReportNearbyPayload(language: UiLanguage, reportId: string): PushPayload {
  const texts = TEXTS[language];
  return { topic: "reports", title: texts.nearbyTitle, body: texts.nearbyBody, url: reportPushUrl(reportId) };
}

/** Worth delivering for a week; a newer status of the same report replaces an undelivered one. */
export function reportMessage(payload: PushPayload, ref: string): PushMessage {
  const [, , reportId] = ref.split(":");
  return {
    plaintext: Buffer.from(JSON.stringify(payload)),
    ttl: 7 * 24 * 3600,
    urgency: "normal",
    topic: topicFor(`report:${reportId ?? ref}`),
  };
}

/** "report:<subscription>:<report>:<event>": one device, one report, one event (written once). */
export const reportRef = (subscriptionId: string, reportId: string, event: string) =>
  `report:${subscriptionId}:${reportId}:${event}`;
export function subscriptionOfReportRef(ref: string): string | undefined {
  const [kind, subscriptionId] = ref.split(":");
  return kind === "report" && subscriptionId ? subscriptionId : undefined;
}
