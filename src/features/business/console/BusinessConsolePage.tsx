// /verwaltung/wirtschaft: consultation requests to the economic development agency (dwfg), open
// ones first (oldest first), then the ones answered lately. "Done" once the agency has answered.
import { createMemo, For, type JSX, Show } from "solid-js";
import type { Consultation } from "../../../lib/contract/business";
import { formatDateTime } from "../../../lib/date-format";
import { t } from "../../../lib/i18n";
import { EmptyState } from "../../../ui/EmptyState";
import { usePageTitle } from "../../../ui/page-title";
import { BusinessAccess, BusinessViews } from "./BusinessAccess";
import { fetchConsultations, markConsultationDone } from "./api";
import { createWrite } from "../../../lib/write";
import { ActionOutcome } from "../../../ui/ActionOutcome";
import { createRemote } from "../../../lib/remote";
import { RemoteStatus } from "../../../ui/RemoteStatus";
import "../business.css";

export default function BusinessConsolePage() {
  usePageTitle(() => t("business.console.title"));
  return (
    <BusinessAccess>
      <Consultations />
    </BusinessAccess>
  );
}

function Consultations() {
  const consultations = createRemote(() => true, fetchConsultations);
  const open = createMemo(() => (consultations.data() ?? []).filter((c) => c.state === "new"));
  const done = createMemo(() => (consultations.data() ?? []).filter((c) => c.state === "done"));
  const write = createWrite<string>();
  const busy = write.busy;

  const markDone = (consultation: Consultation) => {
    if (busy()) return;
    void write.run(consultation.id, async () => {
      await markConsultationDone(consultation.id);
      consultations.reload();
      return t("business.console.consultations.markedDone", { reference: consultation.reference });
    });
  };

  return (
    <section>
      <h1>{t("business.console.title")}</h1>
      <BusinessViews />
      <h2>{t("business.console.consultations.openTitle")}</h2>
      <p class="lead">{t("business.console.consultations.lead")}</p>
      <ActionOutcome failureKey={write.failure()} success={write.success()} />
      <RemoteStatus remote={consultations} />
      <Show when={consultations.data()}>
        <Show
          when={open().length > 0}
          fallback={
            <EmptyState
              title={t("business.console.consultations.emptyTitle")}
              text={t("business.console.consultations.emptyText")}
            />
          }
        >
          <ul class="card-list">
            <For each={open()}>
              {(consultation) => (
                <ConsultationCard consultation={consultation}>
                  <button
                    type="button"
                    class="button"
                    aria-describedby={`consultation-${consultation.id}`}
                    disabled={busy() === consultation.id}
                    onClick={() => markDone(consultation)}
                  >
                    {t("business.console.consultations.markDone")}
                  </button>
                </ConsultationCard>
              )}
            </For>
          </ul>
        </Show>
        <Show when={done().length > 0}>
          <h2>{t("business.console.consultations.doneTitle")}</h2>
          <ul class="card-list">
            <For each={done()}>{(consultation) => <ConsultationCard consultation={consultation} />}</For>
          </ul>
        </Show>
      </Show>
    </section>
  );
}

function ConsultationCard(props: { consultation: Consultation; children?: JSX.Element }) {
  const c = () => props.consultation;
  return (
    <li class="card business-request">
      <h3 id={`consultation-${c().id}`}>
        <span class="staff-reference">{c().reference}</span> · {c().company}
      </h3>
      <dl class="facts">
        <dt>{t("business.console.consultations.received")}</dt>
        <dd>{formatDateTime(c().createdAt)}</dd>
        <dt>{t("business.console.consultations.state")}</dt>
        <dd class={c().state === "done" ? "staff-state-done" : "staff-state-pending"}>
          {t(`business.console.consultations.states.${c().state}`)}
        </dd>
        <dt>{t("business.console.consultations.topic")}</dt>
        <dd>{t(`business.topics.${c().topic}`)}</dd>
        <dt>{t("business.console.consultations.name")}</dt>
        <dd>{c().name}</dd>
        <dt>{t("business.console.consultations.email")}</dt>
        <dd>
          <a href={`mailto:${c().email}?subject=${encodeURIComponent(c().reference)}`}>{c().email}</a>
        </dd>
        <Show when={c().phone}>
          {(phone) => (
            <>
              <dt>{t("business.console.consultations.phone")}</dt>
              <dd>{phone()}</dd>
            </>
          )}
        </Show>
        <dt>{t("business.console.consultations.message")}</dt>
        <dd class="staff-text">{c().message}</dd>
      </dl>
      {props.children}
    </li>
  );
}
