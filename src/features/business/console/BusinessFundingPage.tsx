// /verwaltung/wirtschaft/foerderung: the funding programmes with the status residents see today
// (computed from the dates, fundingStatusOn) beside the stored one and the day it was last checked.
import { Show } from "solid-js";
import { berlinDate } from "../../../lib/contract/berlin-time";
import { type FundingProgramme, fundingStatusOn } from "../../../lib/contract/business";
import { formatDay } from "../../../lib/date-format";
import { t } from "../../../lib/i18n";
import { FundingStatusBadge } from "../FundingStatusBadge";
import { FUNDING_CONSOLE } from "./BusinessAccess";
import { BusinessEntryListPage } from "./BusinessEntryList";
import { deleteProgramme, fetchProgrammes } from "./api";

export default function BusinessFundingPage() {
  const today = berlinDate(Date.now());
  return (
    <BusinessEntryListPage
      title={t("business.console.funding.title")}
      lead={t("business.console.funding.lead")}
      newLabel={t("business.console.funding.new")}
      emptyTitle={t("business.console.funding.emptyTitle")}
      emptyText={t("business.console.funding.emptyText")}
      caption={(count) => t("business.console.funding.caption", { count })}
      base={FUNDING_CONSOLE}
      rowId="programme"
      load={fetchProgrammes}
      remove={deleteProgramme}
      columns={
        <>
          <th scope="col">{t("business.console.columns.shownStatus")}</th>
          <th scope="col">{t("business.console.fields.statusAsOf")}</th>
        </>
      }
      cells={(programme) => <ProgrammeCells programme={programme} today={today} />}
    />
  );
}

function ProgrammeCells(props: { programme: FundingProgramme; today: string }) {
  const shown = () => fundingStatusOn(props.programme, props.today);
  return (
    <>
      <td>
        <FundingStatusBadge status={shown()} />
        <Show when={shown() !== props.programme.status}>
          <span class="staff-details">
            {t("business.console.funding.storedStatus", {
              status: t(`business.funding.status.${props.programme.status}`),
            })}
          </span>
        </Show>
      </td>
      <td>{formatDay(props.programme.statusAsOf)}</td>
    </>
  );
}
