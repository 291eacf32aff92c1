// /verwaltung/wirtschaft/foerderung: the funding programmes with the status residents see today
// (computed from the dates, fundingStatusOn) beside the stored one and the day it was last checked.
import { A, useLocation } from "@solidjs/router";
import { createMemo, createSignal, For, Show } from "solid-js";
import { berlinDate } from "../../lib/berlin-date";
import { type FundingProgramme, fundingStatusOn } from "../../lib/contract/business";
import { formatDate, language, t } from "../../lib/i18n";
import { ConfirmAction } from "../../ui/ConfirmAction";
import { EmptyState } from "../../ui/EmptyState";
import { usePageTitle } from "../../ui/page-title";
import { FundingStatusBadge } from "../business/FundingStatusBadge";
import { BusinessAccess, BusinessViews, FUNDING_CONSOLE } from "./BusinessAccess";
import { deleteProgramme, fetchProgrammes } from "./business-api";
import { DataTable } from "./DataTable";
import { errorKey } from "./error-key";
import { ActionOutcome } from "./Field";
import { createRemote } from "./remote";
import { RemoteStatus } from "./RemoteStatus";

export default function BusinessFundingPage() {
  usePageTitle(() => t("business.console.funding.title"));
  return (
    <BusinessAccess>
      <Programmes />
    </BusinessAccess>
  );
}

function Programmes() {
  const programmes = createRemote(() => true, fetchProgrammes);
  const today = berlinDate(Date.now());
  const rows = createMemo(() => {
    const collator = new Intl.Collator(language());
    return [...(programmes.data() ?? [])]
      .sort((a, b) => collator.compare(a.name, b.name))
      .map((programme) => ({ programme, shown: fundingStatusOn(programme, today) }));
  });
  const [confirming, setConfirming] = createSignal<string>();
  const [deleting, setDeleting] = createSignal(false);
  const [failure, setFailure] = createSignal<string>();
  const [done, setDone] = createSignal<string>();
  const location = useLocation<{ saved: unknown }>();
  const saved = () => {
    const name = location.state?.saved;
    return typeof name === "string" ? t("business.console.saved", { name }) : undefined;
  };

  const remove = async (programme: FundingProgramme) => {
    if (deleting()) return;
    setDeleting(true);
    setFailure(undefined);
    setDone(undefined);
    try {
      await deleteProgramme(programme.id);
      setConfirming(undefined);
      setDone(t("business.console.deleted", { name: programme.name }));
      programmes.reload();
    } catch (error) {
      setFailure(errorKey(error));
    } finally {
      setDeleting(false);
    }
  };

  return (
    <section>
      <h1>{t("business.console.funding.title")}</h1>
      <BusinessViews />
      <p class="lead">{t("business.console.funding.lead")}</p>
      <p>
        <A class="button" href={`${FUNDING_CONSOLE}/neu`}>
          {t("business.console.funding.new")}
        </A>
      </p>
      <ActionOutcome failureKey={failure()} success={done() ?? (failure() ? undefined : saved())} />
      <RemoteStatus remote={programmes} />
      <Show when={programmes.data()}>
        <Show
          when={rows().length > 0}
          fallback={
            <EmptyState
              title={t("business.console.funding.emptyTitle")}
              text={t("business.console.funding.emptyText")}
            />
          }
        >
          <DataTable caption={t("business.console.funding.caption", { count: rows().length })}>
            <thead>
              <tr>
                <th scope="col">{t("business.console.fields.name")}</th>
                <th scope="col">{t("business.console.columns.shownStatus")}</th>
                <th scope="col">{t("business.console.fields.statusAsOf")}</th>
                <th scope="col">{t("business.console.columns.actions")}</th>
              </tr>
            </thead>
            <tbody>
              <For each={rows()}>
                {(row) => (
                  <tr>
                    <th scope="row" id={`programme-${row.programme.id}`}>
                      {row.programme.name}
                      <span class="staff-id">{row.programme.id}</span>
                      <Show when={row.programme.sample}>
                        <span class="staff-details">{t("business.common.sample")}</span>
                      </Show>
                    </th>
                    <td>
                      <FundingStatusBadge status={row.shown} />
                      <Show when={row.shown !== row.programme.status}>
                        <span class="staff-details">
                          {t("business.console.funding.storedStatus", {
                            status: t(`business.funding.status.${row.programme.status}`),
                          })}
                        </span>
                      </Show>
                    </td>
                    <td>{formatDate(row.programme.statusAsOf, { dateStyle: "medium" })}</td>
                    <td>
                      <Show
                        when={confirming() === row.programme.id}
                        fallback={
                          <div class="button-row">
                            <A
                              class="button secondary"
                              href={`${FUNDING_CONSOLE}/${encodeURIComponent(row.programme.id)}`}
                              aria-describedby={`programme-${row.programme.id}`}
                            >
                              {t("business.console.edit")}
                            </A>
                            <button
                              type="button"
                              class="button secondary"
                              aria-describedby={`programme-${row.programme.id}`}
                              onClick={() => setConfirming(row.programme.id)}
                            >
                              {t("business.console.delete")}
                            </button>
                          </div>
                        }
                      >
                        <ConfirmAction
                          question={t("business.console.deleteQuestion", { name: row.programme.name })}
                          text={t("business.console.deleteText")}
                          confirmLabel={
                            deleting() ? t("business.console.deleting") : t("business.console.deleteConfirm")
                          }
                          onConfirm={() => void remove(row.programme)}
                          onCancel={() => setConfirming(undefined)}
                        />
                      </Show>
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </DataTable>
        </Show>
      </Show>
    </section>
  );
}
