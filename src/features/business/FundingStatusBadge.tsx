import type { FundingStatus } from "../../lib/contract/business";
import { t } from "../../lib/i18n";
import "./business.css";

/** Open, announced or closed in words (the colour only repeats it, WCAG 1.4.1). */
export function FundingStatusBadge(props: { status: FundingStatus }) {
  return (
    <p class={`funding-status funding-status-${props.status}`}>
      <span class="visually-hidden">{t("business.funding.statusLabel")}: </span>
      {t(`business.funding.status.${props.status}`)}
    </p>
  );
}
