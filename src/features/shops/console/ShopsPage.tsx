// /verwaltung/einkaufen: Delmenhorst Shopping for the economic development agency (Wirtschafts-
// förderung) and admins: merchants' claims, their changes waiting for review, every entry with its
// merchant and trust, and the OpenStreetMap import. Each view has its own address (?ansicht=).
import { useSearchParams } from "@solidjs/router";
import { For, Match, Show, Switch } from "solid-js";
import { t } from "../../../lib/i18n";
import { usePageTitle } from "../../../ui/page-title";
import { account } from "../../account/session";
import { NoAccessNotice } from "../../staff/Access";
import { canKeepShops } from "../../staff/permissions";
import { createRemote } from "../../../lib/remote";
import { ShopChanges } from "./ShopChanges";
import { ShopClaims } from "./ShopClaims";
import { ShopEntries } from "./ShopEntries";
import { ShopImportForm } from "./ShopImportForm";
import { fetchChanges, fetchClaims } from "./api";

const VIEWS = ["anfragen", "aenderungen", "eintraege", "import"] as const;
type View = (typeof VIEWS)[number];

export const shopsConsolePath = (view: View) =>
  view === "anfragen" ? "/verwaltung/einkaufen" : `/verwaltung/einkaufen?ansicht=${view}`;

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default function ShopsPage() {
  usePageTitle(() => t("merchant.console.title"));
  const allowed = () => {
    const me = account();
    return me !== null && canKeepShops(me);
  };
  return (
    <Show when={allowed()} fallback={<NoAccessNotice />}>
      <ShopsConsole />
    </Show>
  );
}

function ShopsConsole() {
  const [params] = useSearchParams();
  const view = (): View => VIEWS.find((candidate) => candidate === single(params.ansicht)) ?? "anfragen";
  const claims = createRemote(() => true, fetchClaims);
  const changes = createRemote(() => true, fetchChanges);
  const pendingClaims = () => claims.data()?.filter((claim) => claim.state === "pending").length;
  const counts = (candidate: View) =>
    candidate === "anfragen"
      ? pendingClaims()
      : candidate === "aenderungen"
        ? changes.data()?.length
        : undefined;
  const reloadAll = () => {
    claims.reload();
    changes.reload();
  };

  return (
    <section>
      <h1>{t("merchant.console.title")}</h1>
      <p class="lead">{t("merchant.console.lead")}</p>
      <nav class="staff-views" aria-label={t("merchant.console.viewsLabel")}>
        <ul>
          <For each={VIEWS}>
            {(candidate) => (
              <li>
                <a
                  href={shopsConsolePath(candidate)}
                  classList={{ active: view() === candidate }}
                  aria-current={view() === candidate ? "page" : undefined}
                >
                  <Show
                    when={counts(candidate) !== undefined}
                    fallback={t(`merchant.console.views.${candidate}`)}
                  >
                    {t(`merchant.console.viewsCount.${candidate}`, { count: counts(candidate) })}
                  </Show>
                </a>
              </li>
            )}
          </For>
        </ul>
      </nav>
      <Switch>
        <Match when={view() === "anfragen"}>
          <ShopClaims claims={claims} onDecided={reloadAll} />
        </Match>
        <Match when={view() === "aenderungen"}>
          <ShopChanges changes={changes} onDecided={reloadAll} />
        </Match>
        <Match when={view() === "eintraege"}>
          <ShopEntries />
        </Match>
        <Match when={view() === "import"}>
          <ShopImportForm onImported={reloadAll} />
        </Match>
      </Switch>
    </section>
  );
}
