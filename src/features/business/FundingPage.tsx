// /wirtschaft/foerderung: the funding finder. Every programme with who it is for, what it funds,
// how much and until when; the status is computed for today in Delmenhorst (fundingStatusOn), said
// in words and not by colour alone, with the day staff last checked it ("Stand").
import { A, useSearchParams } from "@solidjs/router";
import { createMemo, For, onMount, Show } from "solid-js";
import { FUNDING_LEVELS, FUNDING_STATUSES } from "../../lib/contract/business";
import { berlinDate } from "../../lib/berlin-date";
import { formatDate, language, t } from "../../lib/i18n";
import { createLiveQuery } from "../../lib/live-query";
import { requestSync } from "../../lib/sync-status";
import { EmptyState } from "../../ui/EmptyState";
import { usePageTitle } from "../../ui/page-title";
import { allProgrammes } from "./data";
import { FundingStatusBadge } from "./FundingStatusBadge";
import { findProgrammes, isFundingLevel, isFundingStatus, type ShownProgramme } from "./funding";
import "./business.css";

const day = (date: string) => formatDate(date, { dateStyle: "long" });

export default function FundingPage() {
  usePageTitle(() => t("business.funding.title"));
  const [params, setParams] = useSearchParams<{ status?: string; ebene?: string }>();
  const status = () => (isFundingStatus(params.status) ? params.status : undefined);
  const level = () => (isFundingLevel(params.ebene) ? params.ebene : undefined);
  const programmes = createLiveQuery(() => allProgrammes);
  // Today in Delmenhorst, whatever zone the device is set to; the page is not open across midnight.
  const today = berlinDate(Date.now());
  const shown = createMemo(() =>
    findProgrammes(programmes.data() ?? [], { status: status(), level: level() }, today, language()),
  );
  onMount(() => void requestSync());

  return (
    <section class="business">
      <p class="breadcrumb">
        <A href="/wirtschaft">{t("business.common.back")}</A>
      </p>
      <h1>{t("business.funding.title")}</h1>
      <p class="lead">{t("business.funding.lead")}</p>

      <form class="business-filters" role="search" onSubmit={(event) => event.preventDefault()}>
        <div class="business-filter">
          <label for="funding-status">{t("business.funding.statusLabel")}</label>
          <select
            id="funding-status"
            onChange={(event) =>
              setParams({ status: event.currentTarget.value || undefined }, { replace: true })
            }
          >
            <option value="" selected={status() === undefined}>
              {t("business.funding.allStatuses")}
            </option>
            <For each={FUNDING_STATUSES}>
              {(option) => (
                <option value={option} selected={status() === option}>
                  {t(`business.funding.status.${option}`)}
                </option>
              )}
            </For>
          </select>
        </div>
        <div class="business-filter">
          <label for="funding-level">{t("business.funding.levelLabel")}</label>
          <select
            id="funding-level"
            onChange={(event) =>
              setParams({ ebene: event.currentTarget.value || undefined }, { replace: true })
            }
          >
            <option value="" selected={level() === undefined}>
              {t("business.funding.allLevels")}
            </option>
            <For each={FUNDING_LEVELS}>
              {(option) => (
                <option value={option} selected={level() === option}>
                  {t(`business.funding.levels.${option}`)}
                </option>
              )}
            </For>
          </select>
        </div>
      </form>

      <p aria-live="polite">
        <Show when={programmes.ready()}>{t("business.funding.count", { count: shown().length })}</Show>
      </p>
      <Show when={programmes.ready()} fallback={<p class="loading">{t("common.loading")}</p>}>
        <Show
          when={shown().length > 0}
          fallback={
            <EmptyState title={t("business.funding.emptyTitle")} text={t("business.funding.emptyText")} />
          }
        >
          <ul class="card-list">
            <For each={shown()}>{(entry) => <ProgrammeCard entry={entry} />}</For>
          </ul>
        </Show>
        <Show when={shown().some((entry) => entry.programme.sample)}>
          <aside class="content-info">
            <p class="sample-note">{t("business.funding.sampleNote")}</p>
          </aside>
        </Show>
      </Show>
      <p>
        <A href="/wirtschaft/beratung?thema=funding">{t("business.funding.askAgency")}</A>
      </p>
    </section>
  );
}

function ProgrammeCard(props: { entry: ShownProgramme }) {
  const p = () => props.entry.programme;
  const headingId = () => `funding-${p().id}`;
  const deadline = () => {
    const last = p().deadline;
    return last ? day(last) : t("business.funding.noDeadline");
  };
  const period = () => {
    const { startsOn, endsOn } = p();
    if (startsOn && endsOn)
      return t("business.funding.periodBoth", { start: day(startsOn), end: day(endsOn) });
    if (startsOn) return t("business.funding.periodFrom", { start: day(startsOn) });
    if (endsOn) return t("business.funding.periodUntil", { end: day(endsOn) });
    return undefined;
  };
  return (
    <li class="card business-card">
      <h2 id={headingId()}>{p().name}</h2>
      <div class="funding-state">
        <FundingStatusBadge status={props.entry.status} />
        <p class="funding-as-of">{t("business.funding.asOf", { date: day(p().statusAsOf) })}</p>
        <Show when={p().sample}>
          <p class="badge">{t("business.common.sample")}</p>
        </Show>
      </div>
      <dl class="facts">
        <dt>{t("business.funding.provider")}</dt>
        <dd>
          {p().provider} ({t(`business.funding.levels.${p().level}`)})
        </dd>
        <dt>{t("business.funding.targetGroup")}</dt>
        <dd>{p().targetGroup}</dd>
        <dt>{t("business.funding.funds")}</dt>
        <dd>{p().funds}</dd>
        <dt>{t("business.funding.amount")}</dt>
        <dd>{p().amount}</dd>
        <dt>{t("business.funding.deadline")}</dt>
        <dd>{deadline()}</dd>
        <Show when={period()}>
          {(text) => (
            <>
              <dt>{t("business.funding.period")}</dt>
              <dd>{text()}</dd>
            </>
          )}
        </Show>
      </dl>
      <Show when={p().url}>
        {(url) => (
          <p>
            <a href={url()} rel="noopener noreferrer" aria-describedby={headingId()}>
              {t("business.funding.link")}
            </a>
          </p>
        )}
      </Show>
    </li>
  );
}
