// Merchants' changes waiting for review: per change the fields it changes, the live value beside the
// new one. Publish it (residents get it with the next sync) or refuse it with a reason.
import { For, Match, Show, Switch } from "solid-js";
import { type Offer, type ShopPhoto, shopPhotoUrl, type StaffChange } from "../../../lib/contract/shops";
import { formatDateTime, formatDay } from "../../../lib/date-format";
import { t } from "../../../lib/i18n";
import { EmptyState } from "../../../ui/EmptyState";
import { categoryLabel, fieldLabel, offerKindLabel, paymentLabel, wheelchairLabel } from "../merchant/labels";
import { publicPath } from "../merchant/paths";
import { DataTable } from "../../../ui/DataTable";
import { createWrite } from "../../../lib/write";
import { ActionOutcome } from "../../../ui/ActionOutcome";
import type { Remote } from "../../../lib/remote";
import { RemoteStatus } from "../../../ui/RemoteStatus";
import { changedFields, type FieldChange } from "../shop-diff";
import { type ChangeDecision, decideChange } from "./api";
import { ShopRefuseForm } from "./ShopRefuseForm";

const when = (iso: string) => formatDateTime(iso);

export function ShopChanges(props: { changes: Remote<StaffChange[]>; onDecided: () => void }) {
  const write = createWrite<true>();
  const decide = (change: StaffChange, body: ChangeDecision): Promise<boolean> =>
    write.run(
      true,
      async () => {
        await decideChange(change.id, body);
        const values = { shop: change.current.name };
        return body.decision === "publish"
          ? t("merchant.console.changes.published", values)
          : t("merchant.console.changes.refused", values);
      },
      { overrides: { conflict: "merchant.console.changes.conflict" }, done: () => props.onDecided() },
    );

  return (
    <section aria-labelledby="shop-changes-title">
      <h2 id="shop-changes-title">{t("merchant.console.changes.title")}</h2>
      <p>{t("merchant.console.changes.lead")}</p>
      <div class="button-row">
        <button type="button" class="button secondary" onClick={() => props.changes.reload()}>
          {t("staff.common.refresh")}
        </button>
      </div>
      <RemoteStatus remote={props.changes} />
      <ActionOutcome failureKey={write.failure()} success={write.success()} />
      <Show when={props.changes.data()}>
        {(changes) => (
          <Show
            when={changes().length > 0}
            fallback={
              <EmptyState
                title={t("merchant.console.changes.emptyTitle")}
                text={t("merchant.console.changes.emptyText")}
              />
            }
          >
            <For each={changes()}>
              {(change) => (
                <ChangeCard
                  change={change}
                  busy={write.busy() === true}
                  onDecide={(body) => decide(change, body)}
                />
              )}
            </For>
          </Show>
        )}
      </Show>
    </section>
  );
}

function ChangeCard(props: {
  change: StaffChange;
  busy: boolean;
  onDecide: (body: ChangeDecision) => Promise<boolean>;
}) {
  const id = (part: string) => `change-${props.change.id}-${part}`;
  const differences = () => changedFields(props.change.current, props.change.details, props.change.photo);
  return (
    <article class="staff-panel" aria-labelledby={id("title")}>
      <h3 id={id("title")}>{props.change.current.name}</h3>
      <p>
        {t("merchant.console.changes.by", {
          name: props.change.account.name,
          email: props.change.account.email,
          date: when(props.change.submittedAt),
        })}{" "}
        · <a href={publicPath(props.change.shopId)}>{t("merchant.console.showPublic")}</a>
      </p>
      <Show when={differences().length > 0} fallback={<p>{t("merchant.console.changes.noDifference")}</p>}>
        <DataTable caption={t("merchant.console.changes.caption", { shop: props.change.current.name })}>
          <thead>
            <tr>
              <th scope="col">{t("merchant.console.columns.field")}</th>
              <th scope="col">{t("merchant.console.columns.before")}</th>
              <th scope="col">{t("merchant.console.columns.after")}</th>
            </tr>
          </thead>
          <tbody>
            <For each={differences()}>
              {(difference) => (
                <tr>
                  <th scope="row">{fieldLabel(difference.field)}</th>
                  <td>
                    <FieldValue change={difference} side="before" shopName={props.change.current.name} />
                  </td>
                  <td>
                    <FieldValue change={difference} side="after" shopName={props.change.current.name} />
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </DataTable>
      </Show>
      <div class="button-row">
        <button
          type="button"
          class="button"
          disabled={props.busy}
          onClick={() => void props.onDecide({ decision: "publish" })}
        >
          {t("merchant.console.changes.publish")}
        </button>
      </div>
      <ShopRefuseForm
        id={id("refuse")}
        question={t("merchant.console.changes.refuseQuestion", { shop: props.change.current.name })}
        busy={props.busy}
        onRefuse={(reason) => props.onDecide({ decision: "refuse", reason })}
      />
    </article>
  );
}

type Described =
  | { kind: "text"; text: string }
  | { kind: "list"; items: string[] }
  | { kind: "photo"; photo: ShopPhoto }
  | { kind: "none" };

const text = (value: string): Described => ({ kind: "text", text: value });
const NONE: Described = { kind: "none" };

function offerText(offer: Offer): string {
  return t("merchant.console.offer", {
    kind: offerKindLabel(offer.kind),
    title: offer.title,
    from: offer.startsOn ? formatDay(offer.startsOn) : t("merchant.console.atOnce"),
    until: formatDay(offer.endsOn),
  });
}

/** One side of a difference in words, the photo as a picture. */
function describe(change: FieldChange, side: "before" | "after"): Described {
  switch (change.field) {
    case "category":
      return text(categoryLabel(change[side]));
    case "address": {
      const address = change[side];
      return text(`${address.street} ${address.housenumber}, ${address.postcode}`);
    }
    case "location": {
      const [lon, lat] = change[side];
      return text(t("merchant.console.position", { lat: lat.toFixed(5), lon: lon.toFixed(5) }));
    }
    case "delivery":
    case "clickAndCollect":
      return text(change[side] ? t("merchant.console.yes") : t("merchant.console.no"));
    case "wheelchair": {
      const access = change[side];
      return access ? text(wheelchairLabel(access)) : NONE;
    }
    case "payment": {
      const methods = change[side];
      return methods.length > 0 ? text(methods.map(paymentLabel).join(", ")) : NONE;
    }
    case "offers": {
      const offers = change[side];
      return offers.length > 0 ? { kind: "list", items: offers.map(offerText) } : NONE;
    }
    case "photo": {
      const photo = change[side];
      return photo ? { kind: "photo", photo } : NONE;
    }
    case "name":
    case "description":
    case "openingHours":
    case "phone":
    case "website":
    case "onlineShop": {
      const value = change[side];
      return value ? text(value) : NONE;
    }
  }
}

function FieldValue(props: { change: FieldChange; side: "before" | "after"; shopName: string }) {
  const described = () => describe(props.change, props.side);
  const ofKind = <K extends Described["kind"]>(kind: K) => {
    const value = described();
    return value.kind === kind ? (value as Extract<Described, { kind: K }>) : undefined;
  };
  return (
    <Switch fallback={<span class="staff-state-pending">{t("merchant.console.none")}</span>}>
      <Match when={ofKind("text")}>{(value) => <span class="staff-text">{value().text}</span>}</Match>
      <Match when={ofKind("list")}>
        {(value) => (
          <ul class="staff-cell-list">
            <For each={value().items}>{(item) => <li>{item}</li>}</For>
          </ul>
        )}
      </Match>
      <Match when={ofKind("photo")}>
        {(value) => (
          <img
            src={shopPhotoUrl(value().photo.id, "small")}
            alt={t("merchant.console.photoAlt", { name: props.shopName })}
            width={160}
            height={Math.round((160 * value().photo.height) / value().photo.width)}
            loading="lazy"
          />
        )}
      </Match>
    </Switch>
  );
}
