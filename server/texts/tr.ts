// Turkish (machine-made like the app's other Turkish texts until the city reviews them).
import type { ResidentTexts } from "./resident-texts";

const signature =
  "\n\n-- \nDelmenhorst App – Delmenhorst Belediyesi\nBu e-postayı siz istemediniz mi? O zaman dikkate almayabilirsiniz.";

const OUTCOME = { approved: "onaylandı", partly: "kısmen onaylandı", rejected: "reddedildi" } as const;

export const tr: ResidentTexts = {
  signature,
  verifyEmail: (link) => ({
    subject: "Lütfen e-posta adresinizi onaylayın",
    text: `Merhaba,\n\nlütfen vatandaş hesabınız için e-posta adresinizi onaylayın:\n\n${link}\n\nBağlantı 48 saat geçerlidir ve yalnızca bir kez kullanılabilir.`,
  }),
  resetPassword: (link) => ({
    subject: "Vatandaş hesabınız için yeni şifre",
    text: `Merhaba,\n\nbu bağlantıyla yeni bir şifre belirleyebilirsiniz:\n\n${link}\n\nBağlantı bir saat geçerlidir ve yalnızca bir kez kullanılabilir. Ardından tüm cihazlarda oturumunuz kapatılır.`,
  }),
  newPostboxMessage: (link) => ({
    subject: "Posta kutunuzda yeni mesaj",
    text: `Merhaba,\n\nvatandaş hesabınızda Delmenhorst Belediyesi'nden yeni bir mesaj var:\n\n${link}`,
  }),
  applicationQuestion: (link) => ({
    subject: "Başvurunuzla ilgili bir soru",
    text: `Merhaba,\n\nDelmenhorst Belediyesi'nin başvurunuzla ilgili bir sorusu var. Lütfen uygulamada yanıtlayın:\n\n${link}`,
  }),
  visitFacts: (v) =>
    `Randevu: ${v.when}\nYer: ${v.location}\nKonu: ${v.title}\nİşlem numarası: ${v.reference}`,
  confirmBooking: (facts, link, reference) => ({
    subject: `Lütfen randevunuzu onaylayın (${reference})`,
    text: `Merhaba,\n\nlütfen randevunuzu 15 dakika içinde bu bağlantıyla onaylayın. Aksi halde saat yeniden boşa çıkar.\n\n${link}\n\n${facts}\n\nAynı bağlantıyla randevuyu daha sonra iptal edebilir veya erteleyebilirsiniz.`,
  }),
  booked: (facts, link, reference) => ({
    subject: `Randevunuz alındı (${reference})`,
    text: `Merhaba,\n\nrandevunuz alındı.\n\n${facts}\n\nİptal etmek veya ertelemek için:\n${link}`,
  }),
  reminder: (facts, link, reference) => ({
    subject: `Hatırlatma: yarınki randevunuz (${reference})`,
    text: `Merhaba,\n\nrandevunuzu hatırlatmak istiyoruz.\n\n${facts}\n\nYanınızda ne getirmeniz gerektiği uygulamada „Randevularım“ altında yazıyor:\n${link}\n\nGelemiyor musunuz? Lütfen randevuyu onay e-postanızdaki bağlantıyla iptal edin. Böylece bu saati başka biri alabilir.`,
  }),
  cancelledByOffice: (facts, reason, link, reference) => ({
    subject: `Randevunuz iptal edildi (${reference})`,
    text: `Merhaba,\n\nne yazık ki randevunuzu iptal etmek zorundayız. Nedeni: ${reason}\n\n${facts}\n\nLütfen yeni bir randevu alın:\n${link}\n\nÖzür dileriz.`,
  }),
  accessibilityReceipt: (reference, answerBy) => ({
    subject: `Erişilebilirlikle ilgili geri bildiriminiz ulaştı (${reference})`,
    text: `Merhaba,\n\nDelmenhorst App'teki bir engeli bize bildirdiğiniz için teşekkür ederiz. Size en geç ${answerBy} tarihine kadar yanıt vereceğiz.\n\nİşlem numarası: ${reference}`,
  }),
  consultationReceived: (reference, topic) => ({
    subject: `Danışmanlık talebiniz ulaştı (${reference})`,
    text: `Merhaba,\n\nDelmenhorst Ekonomik Kalkınma Ajansı'na (dwfg) gönderdiğiniz talep için teşekkür ederiz. En kısa sürede sizinle iletişime geçeceğiz.\n\nİşlem numarası: ${reference}\nKonu: ${topic}\n\nBu konuda bize yazarken veya bizi ararken lütfen işlem numarasını belirtin.`,
  }),
  consultationTopics: {
    "going-online": "Çevrimiçi olmak",
    funding: "Destek fonları",
    founding: "İşletme kurmak",
    premises: "İşyeri alanları",
    "skilled-workers": "Nitelikli işgücü",
    other: "Diğer",
  },
  reportStatus: (status, note, link) => ({
    subject: `Bildiriminiz: ${status}`,
    text: `Merhaba,\n\nDelmenhorst Belediyesi'ne yaptığınız bildirimin yeni durumu: "${status}".${note ? `\n\nNot: ${note}` : ""}\n\nBildirime git: ${link}`,
  }),
  councilWeekly: (list, manage) => ({
    subject: "Bu haftaki meclis konularınız",
    text: `Merhaba,\n\nDelmenhorst Belediye Meclisi’nde takip ettiğiniz konularda yenilikler var:\n\n${list}\n\nMeclis konularınızı değiştirin veya iptal edin: ${manage}`,
  }),
  chatTranscript: { subject: "Vatandaş Bürosu ile sohbetinizin kaydı", file: "Dosya" },
  calendar: {
    summary: (title) => `Randevu: ${title}`,
    reference: (reference) => `İşlem numarası: ${reference}`,
    bring: "Lütfen yanınızda getirin:",
    persons: (title, count) => `${title} (${count} kişi)`,
  },
  push: {
    postbox: {
      title: "Posta kutusunda yeni mesaj",
      body: "Vatandaş hesabınızda Delmenhorst Belediyesi'nden yeni bir mesaj var.",
    },
    appointment: {
      title: "Yarınki randevunuz için hatırlatma",
      body: "Saati, yeri ve yanınızda ne getirmeniz gerektiğini uygulamada „Randevularım“ altında görebilirsiniz.",
    },
    application: {
      title: "Başvurunuzun yeni durumu",
      body: "Delmenhorst Belediyesi başvurunuzu işleme aldı. Durumu uygulamada „Başvurularım“ altında görebilirsiniz.",
    },
    chat: {
      title: "Vatandaş Bürosu'ndan (Bürgerbüro) yanıt",
      body: "Sohbette sizi bir yanıt bekliyor. Okumak için buraya dokunun.",
    },
  },
  receipt: (reference, typeTitle) => ({
    subject: `Alındı belgesi ${reference}: ${typeTitle}`,
    body: "Başvurunuz bize ulaştı. Bilgilerinizi içeren alındı belgesi PDF olarak ektedir.",
  }),
  decision: (reference, typeTitle, outcome) => ({
    subject: `Karar (Bescheid) ${reference}: ${typeTitle}`,
    body: `Başvurunuz ${OUTCOME[outcome]}. Karar (Bescheid) Almanca PDF olarak ektedir. Yalnızca Almanca belge hukuken bağlayıcıdır.`,
  }),
};
