// The console's start: the tasks this person can do, one tile per page.
import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import { t } from "../../lib/i18n";
import { usePageTitle } from "../../ui/page-title";
import { account } from "../account/session";
import { canConfirmIdentity, canSendMessages, pagesFor } from "./permissions";

export default function HomePage() {
  usePageTitle(() => t("staff.home.title"));
  const tasks = () => {
    const me = account();
    return me ? pagesFor(me).filter((page) => page.key !== "home") : [];
  };
  const me = () => account();

  return (
    <section>
      <h1>{t("staff.home.title")}</h1>
      <p class="lead">{t("staff.home.lead")}</p>
      <ul class="tiles">
        <For each={tasks()}>
          {(page) => (
            <li>
              <A href={page.href}>
                <span class="tile-title">{t(page.labels?.nav ?? `staff.nav.${page.key}`)}</span>
                <span>{t(page.labels?.task ?? `staff.home.tasks.${page.key}`)}</span>
              </A>
            </li>
          )}
        </For>
      </ul>
      <Show when={me()}>
        {(who) => (
          <>
            <h2>{t("staff.home.rightsTitle")}</h2>
            <ul class="checklist">
              <li>{t("staff.home.rights.read")}</li>
              <li>
                {canConfirmIdentity(who())
                  ? t("staff.home.rights.identityYes")
                  : t("staff.home.rights.identityNo")}
              </li>
              <li>
                {canSendMessages(who()) ? t("staff.home.rights.sendYes") : t("staff.home.rights.sendNo")}
              </li>
            </ul>
            <p class="notice">{t("staff.home.privacy")}</p>
          </>
        )}
      </Show>
    </section>
  );
}
