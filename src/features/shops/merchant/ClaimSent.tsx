// After a claim or a new entry: the economic development staff check it before anything changes.
import { A } from "@solidjs/router";
import { onMount } from "solid-js";
import type { MerchantClaim } from "../../../lib/contract/shops";
import { t } from "../../../lib/i18n";
import { MERCHANT_PATH } from "./paths";

export function ClaimSent(props: { claim: MerchantClaim }) {
  let heading: HTMLHeadingElement | undefined;
  // The form is gone: keyboard and screen reader users land on what happened.
  onMount(() => heading?.focus());
  return (
    <div class="success" role="status">
      <h2 class="success-title" tabindex="-1" ref={heading}>
        {t("merchant.sent.title")}
      </h2>
      <p>
        {t(props.claim.newEntry ? "merchant.sent.newEntryText" : "merchant.sent.claimText", {
          name: props.claim.shopName,
        })}
      </p>
      <p>{t("merchant.sent.next")}</p>
      <p>
        <A href={MERCHANT_PATH}>{t("merchant.sent.toOverview")}</A>
      </p>
    </div>
  );
}
