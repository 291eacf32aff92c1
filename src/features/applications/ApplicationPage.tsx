// /antraege/:id: one application as the office handles it (status, timeline, the office's question
// and the answer form, answers and files), or, until the sync brings it, the sent draft with the
// state of its sending. Read from IndexedDB: it opens offline.
import { A, useParams } from "@solidjs/router";
import { createEffect, Show } from "solid-js";
import { findDefinition } from "../../lib/contract/application-forms";
import { appDb } from "../../lib/db";
import { t } from "../../lib/i18n";
import { createLiveQuery } from "../../lib/live-query";
import { markSeen, seenKey } from "../../lib/seen";
import { usePageTitle } from "../../ui/page-title";
import { SignedInOnly } from "../account/SignedInOnly";
import { typeTitle } from "./answer-text";
import { ApplicationView } from "./ApplicationView";
import { applicationById } from "./data";
import { draftById, removeArrivedDrafts } from "./drafts";
import { draftStepHref } from "./labels";
import { SendingView } from "./SendingView";
import "../account/account.css";
import "./applications.css";

export default function ApplicationPage() {
  const params = useParams<{ id: string }>();
  const application = createLiveQuery(() => {
    const id = params.id;
    return () => applicationById(id);
  });
  const draft = createLiveQuery(() => {
    const id = params.id;
    return () => draftById(id);
  });
  // The synced application is there: its sent draft is not needed any more.
  createEffect(() => {
    if (application.data() && draft.data()) void removeArrivedDrafts();
  });
  // Seen in this state: the start page's overview stops pointing to a decision once it was read here.
  createEffect(() => {
    const found = application.data();
    if (found) void markSeen(appDb(), seenKey("application", found.id), found.status);
  });
  usePageTitle(() => {
    const type = application.data()?.type ?? draft.data()?.type;
    return type ? typeTitle(type) : t("applications.detail.title");
  });

  return (
    <section class="account applications">
      <p class="breadcrumb">
        <A href="/antraege">{t("applications.common.backToList")}</A>
      </p>
      <SignedInOnly heading={t("applications.detail.title")}>
        {() => (
          <Show
            when={application.ready() && draft.ready()}
            fallback={<p class="loading">{t("common.loading")}</p>}
          >
            <Show
              when={application.data()}
              fallback={
                <Show when={draft.data()} fallback={<NotFound />}>
                  {(sent) => (
                    <Show
                      when={sent().submittedAt !== null}
                      fallback={
                        <>
                          <h1>{typeTitle(sent().type)}</h1>
                          <p>{t("applications.detail.notSent")}</p>
                          <p>
                            <A class="button" href={draftStepHref(sent().id, sent().stepId)}>
                              {t("applications.list.continue")}
                            </A>
                          </p>
                        </>
                      }
                    >
                      <SendingView draft={sent()} />
                    </Show>
                  )}
                </Show>
              }
            >
              {(found) => <ApplicationView application={found()} definition={findDefinition(found().type)} />}
            </Show>
          </Show>
        )}
      </SignedInOnly>
    </section>
  );
}

function NotFound() {
  return (
    <>
      <h1>{t("applications.detail.notFoundTitle")}</h1>
      <p>{t("applications.detail.notFoundText")}</p>
    </>
  );
}
