// What the console shows instead of a page: signed out, or signed in without the right role.
import { A } from "@solidjs/router";
import { type JSX, Show } from "solid-js";
import { t } from "../../lib/i18n";
import { usePageTitle } from "../../ui/page-title";
import { account } from "../account/session";
import { isAdmin } from "./permissions";

export function SignedOutNotice() {
  usePageTitle(() => t("staff.access.signInTitle"));
  return (
    <section>
      <h1>{t("staff.access.signInTitle")}</h1>
      <p>{t("staff.access.signInText")}</p>
      <p>
        <A href="/konto" class="button">
          {t("staff.access.signInLink")}
        </A>
      </p>
    </section>
  );
}

export function NoAccessNotice() {
  usePageTitle(() => t("staff.access.noAccessTitle"));
  return (
    <section>
      <h1>{t("staff.access.noAccessTitle")}</h1>
      <p>{t("staff.access.noAccessText")}</p>
      <p>
        <A href="/">{t("staff.access.toStart")}</A>
      </p>
    </section>
  );
}

/** Admin pages: the server refuses others anyway; this says so before anything is asked. */
export function AdminOnly(props: { children: JSX.Element }) {
  const allowed = () => {
    const me = account();
    return me !== null && isAdmin(me);
  };
  return (
    <Show when={allowed()} fallback={<NoAccessNotice />}>
      {props.children}
    </Show>
  );
}
