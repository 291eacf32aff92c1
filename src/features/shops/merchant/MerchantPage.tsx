// /einkaufen/haendler: the merchant's area. The entries this account keeps (public, how changes go
// out, a change waiting for review) and the claims it made with their state. Online only: it is
// the account's own data, read fresh from the server.
import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import type { MerchantClaim, MerchantEntry } from "../../../lib/contract/shops";
import { formatDateTime, formatDay } from "../../../lib/date-format";
import { t } from "../../../lib/i18n";
import { EmptyState } from "../../../ui/EmptyState";
import { usePageTitle } from "../../../ui/page-title";
import { SignedInOnly } from "../../account/SignedInOnly";
import { createRemote } from "../../../lib/remote";
import { OverviewStatus } from "./FormStatus";
import { categoryLabel, claimStateLabel, roleLabel, trustLabel } from "./labels";
import { fetchOverview } from "./merchant-api";
import { editPath, NEW_ENTRY_PATH, publicPath } from "./paths";
import "../../account/account.css";
import "./merchant.css";

export default function MerchantPage() {
  usePageTitle(() => t("merchant.overview.title"));
  return (
    <section class="account merchant">
      <p class="breadcrumb">
        <A href="/einkaufen">{t("merchant.common.backToShops")}</A>
      </p>
      <h1>{t("merchant.overview.title")}</h1>
      <p class="lead">{t("merchant.overview.lead")}</p>
      <SignedInOnly>{() => <Overview />}</SignedInOnly>
    </section>
  );
}

function Overview() {
  const overview = createRemote(() => true, fetchOverview);
  return (
    <>
      <p>
        <A href={NEW_ENTRY_PATH} class="button">
          {t("merchant.overview.newEntry")}
        </A>
      </p>
      <OverviewStatus
        loading={overview.loading()}
        error={overview.error()}
        onRetry={() => overview.reload()}
      />
      <Show when={overview.data()}>
        {(data) => (
          <>
            <h2>{t("merchant.overview.entriesTitle")}</h2>
            <Show
              when={data().entries.length > 0}
              fallback={
                <EmptyState
                  title={t("merchant.overview.noEntriesTitle")}
                  text={t("merchant.overview.noEntriesText")}
                />
              }
            >
              <ul class="card-list">
                <For each={data().entries}>{(entry) => <EntryCard entry={entry} />}</For>
              </ul>
            </Show>
            <h2>{t("merchant.overview.claimsTitle")}</h2>
            <Show when={data().claims.length > 0} fallback={<p>{t("merchant.overview.noClaims")}</p>}>
              <ul class="card-list">
                <For each={data().claims}>{(claim) => <ClaimCard claim={claim} />}</For>
              </ul>
            </Show>
          </>
        )}
      </Show>
    </>
  );
}

function EntryCard(props: { entry: MerchantEntry }) {
  const shop = () => props.entry.shop;
  return (
    <li class="card">
      <A href={editPath(shop().id)}>{shop().name}</A>
      <p class="meta">
        {categoryLabel(shop().category)} · {shop().address.street} {shop().address.housenumber}
      </p>
      <p>
        <span class="status-open">{t("merchant.overview.live")}</span> ·{" "}
        <A href={publicPath(shop().id)}>{t("merchant.overview.showPublic")}</A>
      </p>
      <p>{trustLabel(props.entry.trust)}</p>
      <Show when={props.entry.pendingChange}>
        {(change) => (
          <p class="merchant-pending">
            {t("merchant.overview.pendingChange", {
              date: formatDateTime(change().submittedAt),
            })}
          </p>
        )}
      </Show>
    </li>
  );
}

function ClaimCard(props: { claim: MerchantClaim }) {
  const claim = () => props.claim;
  return (
    <li class="card">
      <p class="merchant-card-title">{claim().shopName}</p>
      <p class="meta">
        {claim().newEntry ? t("merchant.overview.kindNew") : t("merchant.overview.kindClaim")} ·{" "}
        {roleLabel(claim().role)} · {t("merchant.overview.sentOn", { date: formatDay(claim().createdAt) })}
      </p>
      <p>
        <span class={`merchant-state merchant-state-${claim().state}`}>{claimStateLabel(claim().state)}</span>
        <Show when={claim().decidedAt}>
          {(at) => <> · {t("merchant.overview.decidedOn", { date: formatDay(at()) })}</>}
        </Show>
      </p>
      <Show when={claim().state === "pending"}>
        <p>{t("merchant.overview.pendingHint")}</p>
      </Show>
      <Show when={claim().reason}>
        {(reason) => <p>{t("merchant.overview.reason", { reason: reason() })}</p>}
      </Show>
      <Show when={claim().state === "approved"}>
        <p>
          <A href={editPath(claim().shopId)}>{t("merchant.overview.editEntry")}</A>
        </p>
      </Show>
    </li>
  );
}
