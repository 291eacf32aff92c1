// /wirtschaft/beratung: a business asks the economic development agency (dwfg) for a consultation.
// The request goes through the outbox, so it can be written offline; ?anfrage=<id> then shows how
// it is getting on and, once it has arrived, its reference.
import { A, useLocation, useNavigate, useSearchParams } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import { createStore, unwrap } from "solid-js/store";
import { CONSULTATION_TOPICS } from "../../lib/contract/business";
import { t } from "../../lib/i18n";
import { usePageTitle } from "../../ui/page-title";
import { ErrorSummary, type SummaryItem, summaryOf } from "../../ui/ErrorSummary";
import { TextInput } from "../../ui/Field";
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
  const [summary, setSummary] = createSignal<SummaryItem[]>([]);
  const [busy, setBusy] = createSignal(false);
  const [failed, setFailed] = createSignal(false);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    const check = checkConsultation(unwrap(form));
    if (!check.ok) {
      setErrors(check.errors);
      setSummary(summaryOf(CONSULTATION_FIELDS, check.errors, "consultation"));
      return;
    }
    setErrors({});
    setSummary([]);
    setBusy(true);
    setFailed(false);
    try {
      const id = await sendConsultation(check.write);
      navigate(`/wirtschaft/beratung?anfrage=${encodeURIComponent(id)}`);
    } catch (error) {
      // Only the device's own storage can fail here (the outbox sends later): say so, keep the input.
      console.error("consultation not queued", error);
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  const describedBy = (field: ConsultationField, hint?: boolean) =>
    [hint ? `${fieldId(field)}-hint` : "", errors()[field] ? `${fieldId(field)}-error` : ""]
      .filter(Boolean)
      .join(" ") || undefined;

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
        <div class="field" classList={{ "field-invalid": Boolean(errors().topic) }}>
          <label for={fieldId("topic")}>
            {t("business.consultation.topic")} <span class="field-required">{t("common.form.required")}</span>
          </label>
          <FieldError field="topic" error={errors().topic} />
          <select
            id={fieldId("topic")}
            aria-required="true"
            aria-invalid={errors().topic ? "true" : undefined}
            aria-describedby={describedBy("topic")}
            onChange={(event) => setForm("topic", topicOf(event.currentTarget.value))}
          >
            <option value="" selected={form.topic === ""}>
              {t("business.consultation.chooseTopic")}
            </option>
            <For each={CONSULTATION_TOPICS}>
              {(topic) => (
                <option value={topic} selected={form.topic === topic}>
                  {t(`business.topics.${topic}`)}
                </option>
              )}
            </For>
          </select>
        </div>
        <div class="field" classList={{ "field-invalid": Boolean(errors().message) }}>
          <label for={fieldId("message")}>
            {t("business.consultation.message")}{" "}
            <span class="field-required">{t("common.form.required")}</span>
          </label>
          <p id={`${fieldId("message")}-hint`} class="hint">
            {t("business.consultation.messageHint")}
          </p>
          <FieldError field="message" error={errors().message} />
          <textarea
            id={fieldId("message")}
            rows="6"
            maxLength={2000}
            aria-required="true"
            aria-invalid={errors().message ? "true" : undefined}
            aria-describedby={describedBy("message", true)}
            value={form.message}
            onInput={(event) => setForm("message", event.currentTarget.value)}
          />
        </div>
        <div class="field checkbox-field" classList={{ "field-invalid": Boolean(errors().consent) }}>
          <input
            id={fieldId("consent")}
            type="checkbox"
            aria-required="true"
            aria-invalid={errors().consent ? "true" : undefined}
            aria-describedby={describedBy("consent", true)}
            checked={form.consent}
            onChange={(event) => setForm("consent", event.currentTarget.checked)}
          />
          <div>
            <label for={fieldId("consent")}>{t("business.consultation.consent")}</label>
            <FieldError field="consent" error={errors().consent} />
            <p id={`${fieldId("consent")}-hint`} class="hint">
              {t("business.consultation.privacy")}
            </p>
          </div>
        </div>
        <Show when={failed()}>
          <p class="field-error" role="alert">
            {t("business.consultation.notQueued")}
          </p>
        </Show>
        <button type="submit" class="button" disabled={busy()}>
          {t("business.consultation.send")}
        </button>
      </form>
    </>
  );
}

function FieldError(props: { field: ConsultationField; error: string | undefined }) {
  return (
    <Show when={props.error}>
      {(error) => (
        <p id={`${fieldId(props.field)}-error`} class="field-error">
          <span class="visually-hidden">{t("common.form.errorPrefix")} </span>
          {t(error())}
        </p>
      )}
    </Show>
  );
}
