// /wirtschaft/foerderung: the funding finder. Every programme with who it is for, what it funds,
// how much and until when; the status is computed for today in Delmenhorst (fundingStatusOn), said
// in words and not by colour alone, with the day staff last checked it ("Stand").
import { A, useSearchParams } from "@solidjs/router";
import { createMemo, onMount, Show } from "solid-js";
import { FUNDING_LEVELS, FUNDING_STATUSES } from "../../lib/contract/business";
import { berlinDate } from "../../lib/contract/berlin-time";
import { formatDay } from "../../lib/date-format";
import { locale, t } from "../../lib/i18n";
import { createLiveQuery } from "../../lib/live-query";
import { requestSync } from "../../lib/sync-status";
import { usePageTitle } from "../../ui/page-title";
import { allProgrammes } from "./data";
import { DirectoryResults } from "./DirectoryResults";
import { FilterSelect } from "./FilterSelect";
import { FundingStatusBadge } from "./FundingStatusBadge";
import { findProgrammes, isFundingLevel, isFundingStatus, type ShownProgramme } from "./funding";
import "./business.css";

const day = (date: string) => formatDay(date);

export default function FundingPage() {
  usePageTitle(() => t("business.funding.title"));
  const [params, setParams] = useSearchParams<{ status?: string; ebene?: string }>();
  const status = () => (isFundingStatus(params.status) ? params.status : undefined);
  const level = () => (isFundingLevel(params.ebene) ? params.ebene : undefined);
  const programmes = createLiveQuery(() => allProgrammes);
  // Today in Delmenhorst, whatever zone the device is set to; the page is not open across midnight.
  const today = berlinDate(Date.now());
  const shown = createMemo(() =>
    findProgrammes(programmes.data() ?? [], { status: status(), level: level() }, today, locale()),
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
        <FilterSelect
          id="funding-status"
          label={t("business.funding.statusLabel")}
          allLabel={t("business.funding.allStatuses")}
          options={FUNDING_STATUSES}
          optionLabel={(option) => t(`business.funding.status.${option}`)}
          value={status()}
          onChange={(value) => setParams({ status: value }, { replace: true })}
        />
        <FilterSelect
          id="funding-level"
          label={t("business.funding.levelLabel")}
          allLabel={t("business.funding.allLevels")}
          options={FUNDING_LEVELS}
          optionLabel={(option) => t(`business.funding.levels.${option}`)}
          value={level()}
          onChange={(value) => setParams({ ebene: value }, { replace: true })}
        />
      </form>

      <DirectoryResults
        ready={programmes.ready()}
        items={shown()}
        count={(count) => t("business.funding.count", { count })}
        emptyTitle={t("business.funding.emptyTitle")}
        emptyText={t("business.funding.emptyText")}
        isSample={(entry) => entry.programme.sample}
        sampleNote={t("business.funding.sampleNote")}
      >
        {(entry) => <ProgrammeCard entry={entry} />}
      </DirectoryResults>
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
