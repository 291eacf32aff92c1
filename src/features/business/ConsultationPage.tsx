// /wirtschaft/beratung: a business asks the economic development agency (dwfg) for a consultation.
// The request goes through the outbox, so it can be written offline; ?anfrage=<id> then shows how
// it is getting on and, once it has arrived, its reference.
import { A, useLocation, useNavigate, useSearchParams } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { createStore, unwrap } from "solid-js/store";
import { CONSULTATION_TOPICS } from "../../lib/contract/business";
import { createWrite, failureItems } from "../../lib/write";
import { t } from "../../lib/i18n";
import { usePageTitle } from "../../ui/page-title";
import { ErrorSummary, type SummaryItem, summaryOf } from "../../ui/ErrorSummary";
import { Checkbox } from "../../ui/Choices";
import { SelectInput, TextArea, TextInput } from "../../ui/Field";
import { sendConsultation } from "./consultation";
import {
  checkConsultation,
  CONSULTATION_FIELDS,
  type ConsultationField,
  type ConsultationForm,
  emptyConsultation,
  formOfWrite,
  topicOf,
} from "./consultation-form";
import { ConsultationSent } from "./ConsultationSent";
import "../account/account.css";
import "./business.css";

const fieldId = (field: ConsultationField) => `consultation-${field}`;

export default function ConsultationPage() {
  const [params] = useSearchParams<{ anfrage?: string; thema?: string }>();
  return (
    <section class="account business">
      <p class="breadcrumb">
        <A href="/wirtschaft">{t("business.common.back")}</A>
      </p>
      <Show when={params.anfrage} keyed fallback={<RequestForm topic={params.thema} />}>
        {(id) => <ConsultationSent id={id} />}
      </Show>
    </section>
  );
}

function RequestForm(props: { topic: string | undefined }) {
  usePageTitle(() => t("business.consultation.title"));
  const navigate = useNavigate();
  // A refused request comes back here (ConsultationSent) with what was written, to correct it.
  const location = useLocation<{ restore?: unknown }>();
  const initial = (): ConsultationForm => {
    const restored = location.state?.restore;
    if (restored !== undefined) return formOfWrite(restored);
    return { ...emptyConsultation(), topic: topicOf(props.topic) };
  };
  const [form, setForm] = createStore<ConsultationForm>(initial());
  const [errors, setErrors] = createSignal<Partial<Record<ConsultationField, string>>>({});
  const write = createWrite({
    // Only the device's own storage can fail here (the outbox sends later): say so, keep the input.
    explain: (error) => {
      console.error("consultation not queued", error);
      return "business.consultation.notQueued";
    },
  });

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (write.busy()) return;
    write.clear();
    const check = checkConsultation(unwrap(form));
    setErrors(check.ok ? {} : check.errors);
    if (!check.ok) return;
    await write.run(true, async () => {
      const id = await sendConsultation(check.write);
      navigate(`/wirtschaft/beratung?anfrage=${encodeURIComponent(id)}`);
    });
  };

  // The device's storage refusing the request is no field's fault: it stands on its own.
  const summary = (): SummaryItem[] => [
    ...summaryOf(CONSULTATION_FIELDS, errors(), "consultation"),
    ...failureItems(write.failure()),
  ];

  return (
    <>
      <h1>{t("business.consultation.title")}</h1>
      <p class="lead">{t("business.consultation.lead")}</p>
      <p>{t("business.consultation.offlineHint")}</p>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <ErrorSummary items={summary()} />
        <TextInput
          id={fieldId("name")}
          label={t("business.consultation.name")}
          autocomplete="name"
          required
          value={form.name}
          onInput={(value) => setForm("name", value)}
          error={errors().name}
        />
        <TextInput
          id={fieldId("company")}
          label={t("business.consultation.company")}
          autocomplete="organization"
          required
          value={form.company}
          onInput={(value) => setForm("company", value)}
          error={errors().company}
        />
        <TextInput
          id={fieldId("email")}
          label={t("business.consultation.email")}
          type="email"
          inputMode="email"
          autocomplete="email"
          required
          hint={t("business.consultation.emailHint")}
          value={form.email}
          onInput={(value) => setForm("email", value)}
          error={errors().email}
        />
        <TextInput
          id={fieldId("phone")}
          label={t("business.consultation.phone")}
          type="tel"
          inputMode="tel"
          autocomplete="tel"
          hint={t("business.consultation.phoneHint")}
          value={form.phone}
          onInput={(value) => setForm("phone", value)}
          error={errors().phone}
        />
        <SelectInput
          id={fieldId("topic")}
          label={t("business.consultation.topic")}
          required
          value={form.topic}
          onChange={(value) => setForm("topic", topicOf(value))}
          options={[
            { value: "", label: t("business.consultation.chooseTopic") },
            ...CONSULTATION_TOPICS.map((topic) => ({ value: topic, label: t(`business.topics.${topic}`) })),
          ]}
          error={errors().topic}
        />
        <TextArea
          id={fieldId("message")}
          label={t("business.consultation.message")}
          hint={t("business.consultation.messageHint")}
          required
          rows={6}
          maxLength={2000}
          value={form.message}
          onInput={(value) => setForm("message", value)}
          error={errors().message}
        />
        <Checkbox
          id={fieldId("consent")}
          label={t("business.consultation.consent")}
          hint={t("business.consultation.privacy")}
          checked={form.consent}
          onChange={(checked) => setForm("consent", checked)}
          error={errors().consent}
        />
        <button type="submit" class="button" disabled={write.busy()}>
          {t("business.consultation.send")}
        </button>
      </form>
    </>
  );
}
