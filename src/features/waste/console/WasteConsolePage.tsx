// /verwaltung/abfall: the Abfallwirtschaft (and admins) keep the collection districts. Each district
// with its next day, its last good import, its last failure and the summaries no bin word matched;
// creating and changing one (name, the provider's address, its own bin words), importing its ICS file,
// fetching its address now, deleting it; and the street table as a CSV file, whose wrong lines are named.
import { createSignal, For, Show } from "solid-js";
import { type BinType, type StaffDistrict } from "../../../lib/contract/waste";
import { formatDateTime, formatFullDay } from "../../../lib/date-format";
import { ApiError } from "../../../lib/http";
import { t } from "../../../lib/i18n";
import { createRemote } from "../../../lib/remote";
import { createWrite } from "../../../lib/write";
import { ActionOutcome } from "../../../ui/ActionOutcome";
import { ConfirmAction } from "../../../ui/ConfirmAction";
import { EmptyState } from "../../../ui/EmptyState";
import { FileInput } from "../../../ui/Field";
import { usePageTitle } from "../../../ui/page-title";
import { RemoteStatus } from "../../../ui/RemoteStatus";
import { account } from "../../account/session";
import { NoAccessNotice } from "../../staff/Access";
import { canKeepWasteCalendar } from "../../staff/permissions";
import { deleteDistrict, fetchDistricts, importCalendar, refreshDistrict } from "./api";
import { DistrictForm } from "./DistrictForm";
import { StreetsImport } from "./StreetsImport";
import "./waste-console.css";

export default function WasteConsolePage() {
  usePageTitle(() => t("staff.waste.title"));
  const allowed = () => {
    const me = account();
    return me !== null && canKeepWasteCalendar(me);
  };
  return (
    <Show when={allowed()} fallback={<NoAccessNotice />}>
      <WasteConsole />
    </Show>
  );
}

/** Noon of a calendar day: far from any clock change, so the formatter names that day. */
const dayValue = (date: string) => new Date(`${date}T12:00:00Z`);
const binsText = (bins: readonly BinType[]) => bins.map((bin) => t(`staff.waste.bins.${bin}`)).join(", ");

function WasteConsole() {
  const districts = createRemote(() => true, fetchDistricts);
  const [editing, setEditing] = createSignal<StaffDistrict | null>(null);
  const write = createWrite<string>({
    explain: (error) =>
      error instanceof ApiError && error.code === "ics_invalid" ? "staff.waste.icsInvalid" : undefined,
  });
  const saved = () => {
    setEditing(null);
    districts.reload();
  };
  return (
    <section class="waste-console">
      <h1>{t("staff.waste.title")}</h1>
      <p class="lead">{t("staff.waste.lead")}</p>
      <h2>{t("staff.waste.districtsTitle")}</h2>
      <ActionOutcome failureKey={write.failure()} success={write.success()} />
      <RemoteStatus remote={districts} />
      <Show when={districts.data()}>
        {(list) => (
          <Show
            when={list().length > 0}
            fallback={<EmptyState title={t("staff.waste.emptyTitle")} text={t("staff.waste.emptyText")} />}
          >
            <ul class="card-list">
              <For each={list()}>
                {(district) => (
                  <DistrictCard
                    district={district}
                    write={write}
                    onEdit={() => {
                      setEditing(district);
                      document.getElementById("waste-district-form")?.scrollIntoView();
                    }}
                    onChanged={() => districts.reload()}
                  />
                )}
              </For>
            </ul>
          </Show>
        )}
      </Show>
      <DistrictForm
        district={editing()}
        taken={(districts.data() ?? []).map((d) => d.id)}
        onSaved={saved}
        onCancel={() => setEditing(null)}
      />
      <StreetsImport districts={districts.data() ?? []} />
    </section>
  );
}

function DistrictCard(props: {
  district: StaffDistrict;
  write: ReturnType<typeof createWrite<string>>;
  onEdit: () => void;
  onChanged: () => void;
}) {
  const [file, setFile] = createSignal<File>();
  const [confirming, setConfirming] = createSignal(false);
  const fileId = () => `waste-ics-${props.district.id}`;
  const busy = () => props.write.busy() !== undefined;
  /** Writes one action on this district; the card shows its new state either way (a failure too). */
  const act = (action: (name: string) => Promise<string>) => {
    const { id, name } = props.district;
    const changed = props.onChanged;
    void props.write.run(id, () => action(name).finally(changed));
  };
  const upload = (event: SubmitEvent) => {
    event.preventDefault();
    const chosen = file();
    if (!chosen || busy()) return;
    const id = props.district.id;
    act(async (name) => {
      const result = await importCalendar(id, await chosen.text());
      return t("staff.waste.imported", { name, count: result.days });
    });
  };
  const refresh = () => {
    const id = props.district.id;
    act(async (name) => {
      const result = await refreshDistrict(id);
      return t("staff.waste.imported", { name, count: result.days });
    });
  };
  const remove = () => {
    const id = props.district.id;
    act(async (name) => {
      await deleteDistrict(id);
      return t("staff.waste.deleted", { name });
    });
  };
  const status = () => props.district.status;
  return (
    <li class="card">
      <h3>
        {props.district.name} <span class="hint">({props.district.id})</span>
      </h3>
      <dl class="facts waste-console-facts">
        <dt>{t("staff.waste.nextDay")}</dt>
        <dd>
          <Show when={props.district.nextDay} fallback={t("staff.waste.noNextDay")}>
            {(day) => `${formatFullDay(dayValue(day().date))}: ${binsText(day().bins)}`}
          </Show>
        </dd>
        <dt>{t("staff.waste.days")}</dt>
        <dd>{t("staff.waste.dayCount", { count: props.district.days })}</dd>
        <dt>{t("staff.waste.source")}</dt>
        <dd>{props.district.sourceUrl ?? t("staff.waste.noSource")}</dd>
        <dt>{t("staff.waste.lastImport")}</dt>
        <dd>
          {status().lastImportAt
            ? formatDateTime(status().lastImportAt ?? "")
            : props.district.sample
              ? t("staff.waste.sample")
              : t("staff.waste.never")}
        </dd>
        <Show when={status().lastErrorAt}>
          {(at) => (
            <>
              <dt>{t("staff.waste.lastFailure")}</dt>
              <dd class="field-error">
                {t("staff.waste.failure", { at: formatDateTime(at()), reason: status().lastError ?? "" })}
              </dd>
            </>
          )}
        </Show>
        <Show when={status().unmapped.length > 0}>
          <dt>{t("staff.waste.unmapped")}</dt>
          <dd>{status().unmapped.join(", ")}</dd>
        </Show>
      </dl>
      <form class="waste-console-upload" novalidate onSubmit={upload}>
        <FileInput
          id={fileId()}
          label={t("staff.waste.icsFile", { name: props.district.name })}
          hint={t("staff.waste.icsHint")}
          accept=".ics,text/calendar"
          onChange={(files) => setFile(files[0])}
        />
        <div class="button-row">
          <button type="submit" class="button" disabled={busy() || !file()}>
            {t("staff.waste.importFile")}
          </button>
          <Show when={props.district.sourceUrl}>
            <button type="button" class="button secondary" disabled={busy()} onClick={refresh}>
              {t("staff.waste.fetchNow")}
            </button>
          </Show>
          <button type="button" class="button secondary" disabled={busy()} onClick={() => props.onEdit()}>
            {t("staff.waste.edit")}
          </button>
          <button type="button" class="button danger" disabled={busy()} onClick={() => setConfirming(true)}>
            {t("staff.waste.delete")}
          </button>
        </div>
      </form>
      <Show when={confirming()}>
        <ConfirmAction
          question={t("staff.waste.deleteQuestion", { name: props.district.name })}
          text={t("staff.waste.deleteText")}
          confirmLabel={t("staff.waste.delete")}
          onConfirm={() => {
            setConfirming(false);
            remove();
          }}
          onCancel={() => setConfirming(false)}
        />
      </Show>
    </li>
  );
}
