// The signed-in start of the account: who, how far the identity is confirmed, where to go next.
import { A } from "@solidjs/router";
import { Match, Show, Switch } from "solid-js";
import type { AccountSummary } from "../../lib/contract/account";
import { t } from "../../lib/i18n";
import { createLiveQuery } from "../../lib/live-query";
import { PageNotice } from "./Notice";
import { unreadCount } from "./postbox-data";
import { ResendVerification } from "./ResendVerification";
import { SignOutButton } from "./SignOutButton";

export function AccountOverview(props: { account: AccountSummary }) {
  const unread = createLiveQuery(() => () => unreadCount());
  const isStaff = () => props.account.role === "staff" || props.account.role === "admin";

  return (
    <section class="account">
      <h1>{t("account.overview.title")}</h1>
      <PageNotice />
      <p class="lead">
        {t("account.overview.greeting", {
          givenName: props.account.givenName,
          familyName: props.account.familyName,
        })}
      </p>

      <h2>{t("account.trust.title")}</h2>
      <div class="trust-level">
        <Switch>
          <Match when={props.account.trustLevel === "none"}>
            <p class="trust-label">{t("account.trust.none")}</p>
            <p>{t("account.trust.noneText")}</p>
            <ResendVerification />
          </Match>
          <Match when={props.account.trustLevel === "basic"}>
            <p class="trust-label">{t("account.trust.basic")}</p>
            <p>{t("account.trust.basicText")}</p>
          </Match>
          <Match when={props.account.trustLevel === "verified"}>
            <p class="trust-label">{t("account.trust.verified")}</p>
            <p>{t("account.trust.verifiedText")}</p>
          </Match>
        </Switch>
        <Show when={props.account.trustLevel !== "verified"}>
          <p>{t("account.trust.howToVerify")}</p>
        </Show>
      </div>

      <h2>{t("account.overview.sections")}</h2>
      <ul class="tiles">
        <li>
          <A href="/konto/postfach">
            <span class="tile-title">{t("account.postbox.title")}</span>
            <span>
              {(unread.data() ?? 0) > 0
                ? t("account.overview.unread", { count: unread.data() ?? 0 })
                : t("account.overview.noUnread")}
            </span>
          </A>
        </li>
        <li>
          <A href="/antraege">
            <span class="tile-title">{t("account.overview.applicationsLink")}</span>
            <span>{t("account.overview.applicationsText")}</span>
          </A>
        </li>
        <li>
          <A href="/konto/meldungen">
            <span class="tile-title">{t("account.overview.reportsLink")}</span>
            <span>{t("account.overview.reportsText")}</span>
          </A>
        </li>
        <li>
          <A href="/konto/dokumente">
            <span class="tile-title">{t("account.documents.title")}</span>
            <span>{t("account.overview.documentsText")}</span>
          </A>
        </li>
        <li>
          <A href="/konto/daten">
            <span class="tile-title">{t("account.profile.title")}</span>
            <span>{t("account.overview.profileText")}</span>
          </A>
        </li>
        <li>
          <A href="/konto/sicherheit">
            <span class="tile-title">{t("account.security.title")}</span>
            <span>{t("account.overview.securityText")}</span>
          </A>
        </li>
        <li>
          <A href="/konto/datenschutz">
            <span class="tile-title">{t("account.privacy.title")}</span>
            <span>{t("account.overview.privacyText")}</span>
          </A>
        </li>
        <Show when={isStaff()}>
          <li>
            <A href="/verwaltung">
              <span class="tile-title">{t("account.overview.staffLink")}</span>
              <span>{t("account.overview.staffText")}</span>
            </A>
          </li>
        </Show>
      </ul>

      <h2>{t("account.signOut.title")}</h2>
      <p>{t("account.signOut.text")}</p>
      <SignOutButton />
    </section>
  );
}
