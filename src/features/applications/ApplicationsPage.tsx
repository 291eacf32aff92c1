// /antraege: what can be applied for online, the drafts on this device and the account's
// applications (from IndexedDB, so the lists read offline).
import { A } from "@solidjs/router";
import { type Accessor, createEffect, createSignal, For, Show } from "solid-js";
import type { AccountSummary } from "../../lib/contract/account";
import { APPLICATION_DEFINITIONS } from "../../lib/contract/application-forms";
import type { ApplicationDraft } from "../../lib/db";
import { formatDateTime, formatDay } from "../../lib/date-format";
import { t } from "../../lib/i18n";
import { createLiveQuery } from "../../lib/live-query";
import { ConfirmAction } from "../../ui/ConfirmAction";
import { EmptyState } from "../../ui/EmptyState";
import { usePageTitle } from "../../ui/page-title";
import { SignedInOnly } from "../account/SignedInOnly";
import { typeTitle } from "./answer-text";
import { myApplications } from "./data";
import { deleteDraft, openDrafts, removeArrivedDrafts, sentDrafts } from "./drafts";
import { draftStepHref, feeText, statusLabel, trustSuffices, whoText } from "./labels";
import { VerifyIdentity } from "./VerifyIdentity";
import "../account/account.css";
import "./applications.css";

export default function ApplicationsPage() {
  usePageTitle(() => t("applications.list.title"));
  return (
    <section class="account applications">
      <p class="breadcrumb">
        <A href="/konto">{t("account.common.backToAccount")}</A>
      </p>
      <h1>{t("applications.list.title")}</h1>
      <SignedInOnly>{(account) => <ApplicationsOverview account={account} />}</SignedInOnly>
    </section>
  );
}

function ApplicationsOverview(props: { account: Accessor<AccountSummary> }) {
  const drafts = createLiveQuery(() => openDrafts);
  const sent = createLiveQuery(() => sentDrafts);
  const applications = createLiveQuery(() => myApplications);
  // The synced application replaces its sent draft.
  createEffect(() => {
    if ((sent.data() ?? []).length > 0 && applications.data()) void removeArrivedDrafts();
  });
  const needsVerification = () =>
    APPLICATION_DEFINITIONS.some((d) => !trustSuffices(d.trustLevel, props.account().trustLevel));

  return (
    <>
      <p class="lead">{t("applications.list.intro")}</p>
      <h2>{t("applications.list.typesTitle")}</h2>
      <ul class="card-list application-types">
        <For each={APPLICATION_DEFINITIONS}>
          {(definition) => (
            <li class="card">
              <h3>{typeTitle(definition.type)}</h3>
              <p>{t(`applications.forms.${definition.type}.intro`)}</p>
              <dl class="facts">
                <dt>{t("applications.list.fee")}</dt>
                <dd>{feeText(definition)}</dd>
                <dt>{t("applications.list.who")}</dt>
                <dd>{whoText(definition.trustLevel)}</dd>
              </dl>
              <Show
                when={trustSuffices(definition.trustLevel, props.account().trustLevel)}
                fallback={<p class="meta">{t("applications.list.needsVerification")}</p>}
              >
                <A href={`/antraege/neu/${definition.type}`} class="button">
                  {t("applications.list.start")}
                  <span class="visually-hidden"> {typeTitle(definition.type)}</span>
                </A>
              </Show>
            </li>
          )}
        </For>
      </ul>
      <Show when={needsVerification()}>
        <VerifyIdentity />
      </Show>

      <h2>{t("applications.list.draftsTitle")}</h2>
      <Show when={(drafts.data() ?? []).length > 0} fallback={<p>{t("applications.list.noDrafts")}</p>}>
        <p class="hint">{t("applications.list.draftsHint")}</p>
        <ul class="card-list">
          <For each={drafts.data()}>{(draft) => <DraftCard draft={draft} />}</For>
        </ul>
      </Show>

      <section aria-labelledby="applications-mine">
        <h2 id="applications-mine">{t("applications.list.mineTitle")}</h2>
        <Show
          when={applications.ready() && sent.ready()}
          fallback={<p class="loading">{t("common.loading")}</p>}
        >
          <Show
            when={(applications.data() ?? []).length + (sent.data() ?? []).length > 0}
            fallback={
              <EmptyState title={t("applications.list.emptyTitle")} text={t("applications.list.emptyText")} />
            }
          >
            <ul class="card-list">
              <For each={(sent.data() ?? []).filter((d) => !applications.data()?.some((a) => a.id === d.id))}>
                {(draft) => (
                  <li class="card">
                    <A href={`/antraege/${encodeURIComponent(draft.id)}`}>{typeTitle(draft.type)}</A>
                    <p class="status-pending">{t("applications.status.sending")}</p>
                  </li>
                )}
              </For>
              <For each={applications.data()}>
                {(application) => (
                  <li class="card">
                    <A href={`/antraege/${encodeURIComponent(application.id)}`}>
                      {t("applications.list.applicationTitle", {
                        type: typeTitle(application.type),
                        title: application.title,
                      })}
                    </A>
                    <p>
                      {t("applications.list.referenceLine", {
                        reference: application.reference,
                        date: formatDay(application.submittedAt),
                      })}
                    </p>
                    <p>
                      <span class={`status-badge status-${application.status}`}>
                        {statusLabel(application.status)}
                      </span>
                    </p>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </Show>
      </section>
    </>
  );
}

function DraftCard(props: { draft: ApplicationDraft }) {
  const [confirming, setConfirming] = createSignal(false);
  return (
    <li class="card">
      <p class="document-name">{typeTitle(props.draft.type)}</p>
      <p class="meta">
        {t("applications.list.draftChanged", {
          date: formatDateTime(props.draft.updatedAt),
        })}
      </p>
      <Show
        when={confirming()}
        fallback={
          <div class="button-row">
            <A href={draftStepHref(props.draft.id, props.draft.stepId)} class="button">
              {t("applications.list.continue")}
              <span class="visually-hidden"> {typeTitle(props.draft.type)}</span>
            </A>
            <button type="button" class="button secondary" onClick={() => setConfirming(true)}>
              {t("applications.list.deleteDraft")}
              <span class="visually-hidden"> {typeTitle(props.draft.type)}</span>
            </button>
          </div>
        }
      >
        <ConfirmAction
          question={t("applications.list.deleteQuestion")}
          text={t("applications.list.deleteText")}
          confirmLabel={t("applications.list.deleteConfirm")}
          onConfirm={() => void deleteDraft(props.draft.id)}
          onCancel={() => setConfirming(false)}
        />
      </Show>
    </li>
  );
}
