// Merchants' claims: who says an entry is theirs (or enters a new one), how to reach them, and the
// entry's own listed number to call back. Approve with the trust their changes get, or refuse with
// a reason the merchant reads. The last decided ones below, for reference.
import { createSignal, For, Show } from "solid-js";
import { MERCHANT_TRUST, type MerchantTrust, type StaffClaim } from "../../../lib/contract/shops";
import { formatDateTime } from "../../../lib/date-format";
import { t } from "../../../lib/i18n";
import { EmptyState } from "../../../ui/EmptyState";
import { categoryLabel, claimStateLabel, roleLabel } from "../merchant/labels";
import { publicPath } from "../merchant/paths";
import { DataTable } from "../../../ui/DataTable";
import { createWrite } from "../../../lib/write";
import { ActionOutcome } from "../../../ui/ActionOutcome";
import type { Remote } from "../../../lib/remote";
import { RemoteStatus } from "../../../ui/RemoteStatus";
import { type ClaimDecision, decideClaim } from "./api";
import { Choice, ChoiceGroup } from "../../../ui/Choices";
import { ShopRefuseForm } from "./ShopRefuseForm";

const when = (iso: string) => formatDateTime(iso);

export function ShopClaims(props: { claims: Remote<StaffClaim[]>; onDecided: () => void }) {
  const write = createWrite<true>();
  const pending = () => (props.claims.data() ?? []).filter((claim) => claim.state === "pending");
  const decided = () => (props.claims.data() ?? []).filter((claim) => claim.state !== "pending");

  const decide = (claim: StaffClaim, body: ClaimDecision): Promise<boolean> =>
    write.run(
      true,
      async () => {
        await decideClaim(claim.id, body);
        const values = { name: claim.account.name, shop: claim.shopName };
        return body.decision === "approve"
          ? t("merchant.console.claims.approved", values)
          : t("merchant.console.claims.refused", values);
      },
      { overrides: { conflict: "merchant.console.claims.conflict" }, done: () => props.onDecided() },
    );

  return (
    <section aria-labelledby="shop-claims-title">
      <h2 id="shop-claims-title">{t("merchant.console.claims.title")}</h2>
      <p>{t("merchant.console.claims.lead")}</p>
      <div class="button-row">
        <button type="button" class="button secondary" onClick={() => props.claims.reload()}>
          {t("staff.common.refresh")}
        </button>
      </div>
      <RemoteStatus remote={props.claims} />
      <ActionOutcome failureKey={write.failure()} success={write.success()} />
      <Show when={props.claims.data()}>
        <Show
          when={pending().length > 0}
          fallback={
            <EmptyState
              title={t("merchant.console.claims.emptyTitle")}
              text={t("merchant.console.claims.emptyText")}
            />
          }
        >
          <For each={pending()}>
            {(claim) => (
              <ClaimCard
                claim={claim}
                busy={write.busy() === true}
                onDecide={(body) => decide(claim, body)}
              />
            )}
          </For>
        </Show>
        <Show when={decided().length > 0}>
          <DataTable caption={t("merchant.console.claims.decidedCaption")}>
            <thead>
              <tr>
                <th scope="col">{t("merchant.console.columns.entry")}</th>
                <th scope="col">{t("merchant.console.columns.merchant")}</th>
                <th scope="col">{t("merchant.console.columns.state")}</th>
                <th scope="col">{t("merchant.console.columns.decidedAt")}</th>
                <th scope="col">{t("merchant.console.columns.reason")}</th>
              </tr>
            </thead>
            <tbody>
              <For each={decided()}>
                {(claim) => (
                  <tr>
                    <th scope="row">{claim.shopName}</th>
                    <td>
                      {claim.account.name}
                      <span class="staff-details">{claim.account.email}</span>
                    </td>
                    <td>{claimStateLabel(claim.state)}</td>
                    <td>{claim.decidedAt ? when(claim.decidedAt) : "—"}</td>
                    <td class="staff-text">{claim.reason ?? "—"}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </DataTable>
        </Show>
      </Show>
    </section>
  );
}

function ClaimCard(props: {
  claim: StaffClaim;
  busy: boolean;
  onDecide: (body: ClaimDecision) => Promise<boolean>;
}) {
  const [trust, setTrust] = createSignal<MerchantTrust>("review");
  const id = (part: string) => `claim-${props.claim.id}-${part}`;
  const shop = () => props.claim.shop;

  return (
    <article class="staff-panel" aria-labelledby={id("title")}>
      <h3 id={id("title")}>{props.claim.shopName}</h3>
      <p>
        <strong>
          {props.claim.newEntry
            ? t("merchant.console.claims.newEntry")
            : t("merchant.console.claims.existing")}
        </strong>
      </p>
      <dl class="facts">
        <dt>{t("merchant.console.claims.person")}</dt>
        <dd>
          {props.claim.account.name} (
          <a href={`mailto:${props.claim.account.email}`}>{props.claim.account.email}</a>)
        </dd>
        <dt>{t("merchant.console.claims.role")}</dt>
        <dd>{roleLabel(props.claim.role)}</dd>
        <dt>{t("merchant.console.claims.phone")}</dt>
        <dd>
          <a href={`tel:${props.claim.phone.replace(/[^+\d]/g, "")}`}>{props.claim.phone}</a>
        </dd>
        <dt>{t("merchant.console.claims.listedPhone")}</dt>
        <dd>
          <Show when={props.claim.listedPhone} fallback={t("merchant.console.claims.noListedPhone")}>
            {(listed) => <a href={`tel:${listed().replace(/[^+\d]/g, "")}`}>{listed()}</a>}
          </Show>
        </dd>
        <dt>{t("merchant.console.claims.message")}</dt>
        <dd class="staff-text">{props.claim.message || "—"}</dd>
        <dt>{t("merchant.console.claims.entry")}</dt>
        <dd>
          {categoryLabel(shop().category)}, {shop().address.street} {shop().address.housenumber},{" "}
          {shop().address.postcode}
          <Show when={!props.claim.newEntry}>
            {" · "}
            <a href={publicPath(shop().id)}>{t("merchant.console.showPublic")}</a>
          </Show>
        </dd>
        <dt>{t("merchant.console.claims.received")}</dt>
        <dd>{when(props.claim.createdAt)}</dd>
      </dl>

      <form
        class="staff-form"
        onSubmit={(event) => {
          event.preventDefault();
          void props.onDecide({ decision: "approve", trust: trust() });
        }}
      >
        <ChoiceGroup id={id("trust")} legend={t("merchant.console.claims.trustLegend")}>
          <For each={MERCHANT_TRUST}>
            {(option) => (
              <Choice
                id={id(`trust-${option}`)}
                type="radio"
                name={id("trust")}
                value={option}
                label={t(`merchant.console.trustChoice.${option}`)}
                hint={t(`merchant.console.trustChoice.${option}Hint`)}
                checked={trust() === option}
                onChange={(checked) => checked && setTrust(option)}
              />
            )}
          </For>
        </ChoiceGroup>
        <button type="submit" class="button" disabled={props.busy}>
          {t("merchant.console.claims.approve")}
        </button>
      </form>

      <ShopRefuseForm
        id={id("refuse")}
        question={t("merchant.console.claims.refuseQuestion", {
          name: props.claim.account.name,
          shop: props.claim.shopName,
        })}
        busy={props.busy}
        onRefuse={(reason) => props.onDecide({ decision: "refuse", reason })}
      />
    </article>
  );
}
