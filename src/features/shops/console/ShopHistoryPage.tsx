// /verwaltung/einkaufen/:id/verlauf: every version of an entry, who made it and what changed
// (trusted merchants' changes go out without review; staff see them here).
import { A, useParams } from "@solidjs/router";
import { Show } from "solid-js";
import { t } from "../../../lib/i18n";
import { usePageTitle } from "../../../ui/page-title";
import { account } from "../../account/session";
import { HistoryList } from "../merchant/HistoryList";
import { publicPath } from "../merchant/paths";
import { NoAccessNotice } from "../../staff/Access";
import { canKeepShops } from "../../staff/permissions";
import { createRemote } from "../../../lib/remote";
import { RemoteStatus } from "../../../ui/RemoteStatus";
import { fetchEntries, fetchEntryHistory } from "./api";

export default function ShopHistoryPage() {
  usePageTitle(() => t("merchant.console.history.title"));
  const allowed = () => {
    const me = account();
    return me !== null && canKeepShops(me);
  };
  return (
    <Show when={allowed()} fallback={<NoAccessNotice />}>
      <History />
    </Show>
  );
}

function History() {
  const params = useParams<{ id: string }>();
  const history = createRemote(() => params.id, fetchEntryHistory);
  const entries = createRemote(() => true, fetchEntries);
  const entry = () => entries.data()?.find((candidate) => candidate.shop.id === params.id);
  return (
    <section>
      <p class="breadcrumb">
        <A href="/verwaltung/einkaufen?ansicht=eintraege">{t("merchant.console.history.back")}</A>
      </p>
      <h1>{t("merchant.console.history.title")}</h1>
      <Show when={entry()}>
        {(found) => (
          <p class="lead">
            {found().shop.name}
            <Show when={found().live}>
              {" · "}
              <a href={publicPath(found().shop.id)}>{t("merchant.console.showPublic")}</a>
            </Show>
          </p>
        )}
      </Show>
      <RemoteStatus remote={history} />
      <Show when={history.data()}>{(revisions) => <HistoryList revisions={revisions()} />}</Show>
    </section>
  );
}
