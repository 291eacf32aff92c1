// The staff console's frame: who is signed in, the pages the role may use, and the guard that keeps
// signed-out people and citizens out (the server refuses them anyway).
import { A, type RouteSectionProps } from "@solidjs/router";
import { For, onMount, Show } from "solid-js";
import { consoleLanguage, t } from "../../lib/i18n";
import { account, loadSession, sessionKnown } from "../account/session";
import { NoAccessNotice, SignedOutNotice } from "./Access";
import { departmentLabel, fullName, roleLabel } from "./labels";
import { isStaffOrAdmin, pagesFor } from "./permissions";
// The console is made of forms: their look (src/ui/form.css) is there from the first page on.
import "../../ui/form.css";
import "./staff.css";

export default function StaffLayout(props: RouteSectionProps) {
  onMount(() => {
    if (!sessionKnown()) loadSession().catch((error: unknown) => console.error("session not loaded", error));
  });

  // The console speaks German or English whatever the citizens' side speaks (consolePage fixes its texts).
  return (
    <div lang={consoleLanguage()} dir="ltr">
      <Show when={sessionKnown()} fallback={<p class="loading">{t("common.loading")}</p>}>
        <Show when={account()} fallback={<SignedOutNotice />}>
          {(me) => (
            <Show when={isStaffOrAdmin(me())} fallback={<NoAccessNotice />}>
              <div class="staff">
                <div class="staff-bar">
                  <p class="staff-bar-title">{t("staff.layout.title")}</p>
                  <p class="staff-bar-who">
                    {t("staff.layout.signedInAs", {
                      name: fullName(me()),
                      role: roleLabel(me().role),
                      department: departmentLabel(me().department),
                    })}
                  </p>
                </div>
                <nav class="staff-nav" aria-label={t("staff.layout.navLabel")}>
                  <ul>
                    <For each={pagesFor(me())}>
                      {(page) => (
                        <li>
                          <A href={page.href} end={page.end} activeClass="active">
                            {t(page.labels?.nav ?? `staff.nav.${page.key}`)}
                          </A>
                        </li>
                      )}
                    </For>
                  </ul>
                </nav>
                <div class="staff-page">{props.children}</div>
              </div>
            </Show>
          )}
        </Show>
      </Show>
    </div>
  );
}
