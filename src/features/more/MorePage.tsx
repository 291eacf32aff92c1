import { A } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import { appDb } from "../../lib/db";
import { formatDateTime } from "../../lib/date-format";
import { t } from "../../lib/i18n";
import { createLiveQuery } from "../../lib/live-query";
import { resetDevice } from "../../lib/sw-bridge";
import { requestSync, syncing } from "../../lib/sync-status";
import { usePageTitle } from "../../ui/page-title";
import { labelledStates } from "./collection-labels";

export default function MorePage() {
  usePageTitle(() => t("more.title"));
  const states = createLiveQuery(() => () => appDb().syncState.toArray());
  const [confirmReset, setConfirmReset] = createSignal(false);

  return (
    <section>
      <h1>{t("more.title")}</h1>

      <h2>{t("more.appointments.title")}</h2>
      <p>{t("more.appointments.text")}</p>
      <ul>
        <li>
          <A href="/termine">{t("more.appointments.book")}</A>
        </li>
        <li>
          <A href="/termine/meine">{t("more.appointments.mine")}</A>
        </li>
      </ul>

      <h2>{t("more.chat.title")}</h2>
      <p>{t("more.chat.text")}</p>
      <p>
        <A href="/chat">{t("more.chat.link")}</A>
      </p>

      <h2>{t("more.applications.title")}</h2>
      <p>{t("more.applications.text")}</p>
      <p>
        <A href="/antraege">{t("more.applications.link")}</A>
      </p>

      <h2>{t("more.map.title")}</h2>
      <p>{t("more.map.text")}</p>
      <p>
        <A href="/karte">{t("more.map.link")}</A>
      </p>

      <h2>{t("more.shops.title")}</h2>
      <p>{t("more.shops.text")}</p>
      <p>
        <A href="/einkaufen">{t("more.shops.link")}</A>
      </p>

      <h2>{t("more.reports.title")}</h2>
      <p>{t("more.reports.text")}</p>
      <ul>
        <li>
          <A href="/melden">{t("more.reports.new")}</A>
        </li>
        <li>
          <A href="/meldungen">{t("more.reports.list")}</A>
        </li>
      </ul>

      <h2>{t("more.waste.title")}</h2>
      <p>{t("more.waste.text")}</p>
      <p>
        <A href="/abfall">{t("more.waste.link")}</A>
      </p>

      <h2>{t("more.council.title")}</h2>
      <p>{t("more.council.text")}</p>
      <p>
        <A href="/rat">{t("more.council.link")}</A>
      </p>

      <h2>{t("more.business.title")}</h2>
      <p>{t("more.business.text")}</p>
      <p>
        <A href="/wirtschaft">{t("more.business.link")}</A>
      </p>

      <h2>{t("more.display.title")}</h2>
      <p>{t("more.display.text")}</p>
      <ul>
        <li>
          <A href="/einstellungen/darstellung">{t("more.display.display")}</A>
        </li>
        <li>
          <A href="/barrierefreiheit">{t("more.display.statement")}</A>
        </li>
      </ul>

      <h2>{t("more.data.title")}</h2>
      <p>{t("more.data.text")}</p>
      <table class="schedule">
        <caption class="visually-hidden">{t("more.data.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("more.data.collection")}</th>
            <th scope="col">{t("more.data.syncedAt")}</th>
          </tr>
        </thead>
        <tbody>
          <For each={labelledStates(states.data() ?? [])}>
            {(row) => (
              <tr>
                <th scope="row">{t(row.labelKey)}</th>
                <td>{row.state.syncedAt ? formatDateTime(row.state.syncedAt) : t("common.notSyncedYet")}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <p>
        <button
          type="button"
          class="button secondary"
          disabled={syncing()}
          onClick={() => void requestSync()}
        >
          {syncing() ? t("more.data.syncing") : t("more.data.syncNow")}
        </button>
      </p>

      <h2>{t("more.warnings.title")}</h2>
      <p>{t("more.warnings.text")}</p>
      <p>
        <A href="/warnungen/benachrichtigungen">{t("more.warnings.link")}</A>
      </p>

      <h2>{t("more.privacy.title")}</h2>
      <p>{t("more.privacy.text")}</p>

      <h2>{t("more.reset.title")}</h2>
      <p>{t("more.reset.text")}</p>
      <Show
        when={confirmReset()}
        fallback={
          <button type="button" class="button secondary" onClick={() => setConfirmReset(true)}>
            {t("more.reset.button")}
          </button>
        }
      >
        <div role="alert">
          <p>{t("more.reset.confirm")}</p>
          <button type="button" class="button danger" onClick={() => void resetDevice([appDb().name])}>
            {t("more.reset.confirmButton")}
          </button>{" "}
          <button type="button" class="button secondary" onClick={() => setConfirmReset(false)}>
            {t("common.cancel")}
          </button>
        </div>
      </Show>

      <h2>{t("more.about.title")}</h2>
      <p>{t("more.about.text")}</p>
      <p>{t("more.about.version", { version: __APP_VERSION__ })}</p>
    </section>
  );
}
