// Arabic (machine-made like the app's other Arabic texts until the city reviews them).
import type { ResidentTexts } from "./resident-texts";

const signature = "\n\n-- \nDelmenhorst App – مدينة ديلمنهورست\nلم تطلبوا هذه الرسالة؟ يمكنكم تجاهلها.";

const OUTCOME = {
  approved: "تمت الموافقة على طلبكم.",
  partly: "تمت الموافقة على طلبكم جزئيًا.",
  rejected: "تم رفض طلبكم.",
} as const;

export const ar: ResidentTexts = {
  signature,
  verifyEmail: (link) => ({
    subject: "يرجى تأكيد عنوان بريدكم الإلكتروني",
    text: `مرحبًا،\n\nيرجى تأكيد عنوان بريدكم الإلكتروني لحساب المواطن الخاص بكم:\n\n${link}\n\nالرابط صالح لمدة 48 ساعة ولمرة واحدة فقط.`,
  }),
  resetPassword: (link) => ({
    subject: "كلمة مرور جديدة لحساب المواطن",
    text: `مرحبًا،\n\nعبر هذا الرابط تحددون كلمة مرور جديدة:\n\n${link}\n\nالرابط صالح لمدة ساعة واحدة ولمرة واحدة فقط. بعد ذلك يتم تسجيل خروجكم من جميع الأجهزة.`,
  }),
  newPostboxMessage: (link) => ({
    subject: "رسالة جديدة في صندوق بريدكم",
    text: `مرحبًا،\n\nتوجد في حساب المواطن الخاص بكم رسالة جديدة من مدينة ديلمنهورست:\n\n${link}`,
  }),
  applicationQuestion: (link) => ({
    subject: "استفسار بخصوص طلبكم",
    text: `مرحبًا،\n\nلدى مدينة ديلمنهورست استفسار بخصوص طلبكم. يرجى الرد عليه في التطبيق:\n\n${link}`,
  }),
  visitFacts: (v) =>
    `الموعد: ${v.when}\nالمكان: ${v.location}\nالغرض: ${v.title}\nرقم المعاملة: ${v.reference}`,
  confirmBooking: (facts, link, reference) => ({
    subject: `يرجى تأكيد موعدكم (${reference})`,
    text: `مرحبًا،\n\nيرجى تأكيد موعدكم خلال 15 دقيقة عبر هذا الرابط، وإلا يصبح الوقت متاحًا من جديد.\n\n${link}\n\n${facts}\n\nبالرابط نفسه يمكنكم لاحقًا إلغاء الموعد أو تغييره.`,
  }),
  booked: (facts, link, reference) => ({
    subject: `تم حجز موعدكم (${reference})`,
    text: `مرحبًا،\n\nتم حجز موعدكم.\n\n${facts}\n\nللإلغاء أو التغيير:\n${link}`,
  }),
  reminder: (facts, link, reference) => ({
    subject: `تذكير: موعدكم غدًا (${reference})`,
    text: `مرحبًا،\n\nنذكّركم بموعدكم.\n\n${facts}\n\nما يجب إحضاره مذكور في التطبيق تحت „مواعيدي“:\n${link}\n\nلا تستطيعون الحضور؟ يرجى إلغاء الموعد عبر الرابط في رسالة التأكيد، ليحصل شخص آخر على هذا الوقت.`,
  }),
  cancelledByOffice: (facts, reason, link, reference) => ({
    subject: `تم إلغاء موعدكم (${reference})`,
    text: `مرحبًا،\n\nنأسف لاضطرارنا إلى إلغاء موعدكم. السبب: ${reason}\n\n${facts}\n\nيرجى حجز موعد جديد:\n${link}\n\nنعتذر عن ذلك.`,
  }),
  accessibilityReceipt: (reference, answerBy) => ({
    subject: `وصلتنا ملاحظتكم حول إمكانية الوصول (${reference})`,
    text: `مرحبًا،\n\nشكرًا لإبلاغنا عن عائق في Delmenhorst App. سنرد عليكم في موعد أقصاه ${answerBy}.\n\nرقم المعاملة: ${reference}`,
  }),
  consultationReceived: (reference, topic) => ({
    subject: `وصلنا طلب الاستشارة الخاص بكم (${reference})`,
    text: `مرحبًا،\n\nشكرًا لطلبكم المقدم إلى وكالة التنمية الاقتصادية في ديلمنهورست (dwfg). سنتواصل معكم في أقرب وقت ممكن.\n\nرقم المعاملة: ${reference}\nالموضوع: ${topic}\n\nيرجى ذكر رقم المعاملة عند مراسلتنا أو الاتصال بنا بشأنه.`,
  }),
  consultationTopics: {
    "going-online": "الانتقال إلى الإنترنت",
    funding: "التمويل والدعم",
    founding: "تأسيس مشروع",
    premises: "مساحات تجارية",
    "skilled-workers": "العمالة الماهرة",
    other: "أخرى",
  },
  reportStatus: (status, note, link) => ({
    subject: `بلاغك: ${status}`,
    text: `مرحبًا،\n\nحالة بلاغك إلى مدينة ديلمنهورست الآن: «${status}».${note ? `\n\nملاحظة: ${note}` : ""}\n\nإلى البلاغ: ${link}`,
  }),
  councilWeekly: (list, manage) => ({
    subject: "مواضيع المجلس الخاصة بك هذا الأسبوع",
    text: `مرحبًا،\n\nهناك جديد في مجلس مدينة دلمنهورست حول المواضيع التي تتابعها:\n\n${list}\n\nلتغيير مواضيع المجلس أو إلغائها: ${manage}`,
  }),
  chatTranscript: { subject: "سجل محادثتك مع مكتب المواطنين", file: "ملف" },
  calendar: {
    summary: (title) => `موعد: ${title}`,
    reference: (reference) => `رقم المعاملة: ${reference}`,
    bring: "يرجى إحضار:",
    // Arabic counts two in the dual, three to ten in the plural.
    persons: (title, count) => (count === 2 ? `${title} (شخصان)` : `${title} (${count} أشخاص)`),
  },
  push: {
    postbox: {
      title: "رسالة جديدة في صندوق البريد",
      body: "توجد في حساب المواطن الخاص بكم رسالة جديدة من مدينة ديلمنهورست.",
    },
    appointment: {
      title: "تذكير بموعدكم غدًا",
      body: "الوقت والمكان وما يجب إحضاره تجدونها في التطبيق تحت „مواعيدي“.",
    },
    application: {
      title: "حالة جديدة لطلبكم",
      body: "عالجت مدينة ديلمنهورست طلبكم. تجدون الحالة في التطبيق تحت „طلباتي“.",
    },
    chat: {
      title: "رد من مكتب خدمة المواطنين (Bürgerbüro)",
      body: "ينتظركم رد في الدردشة. اضغطوا هنا لقراءته.",
    },
  },
  receipt: (reference, typeTitle) => ({
    subject: `إشعار استلام ${reference}: ${typeTitle}`,
    body: "وصلنا طلبكم. إشعار الاستلام مع بياناتكم مرفق بصيغة PDF.",
  }),
  decision: (reference, typeTitle, outcome) => ({
    subject: `قرار (Bescheid) ${reference}: ${typeTitle}`,
    body: `${OUTCOME[outcome]} القرار (Bescheid) مرفق بصيغة PDF باللغة الألمانية. الوثيقة الألمانية وحدها هي الملزمة قانونيًا.`,
  }),
};
