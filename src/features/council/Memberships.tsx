// A membership in words: the role, whether it votes, since and until when.
import { Show } from "solid-js";
import { formatDay } from "../../lib/date-format";
import { t } from "../../lib/i18n";

type Membership = {
  role: string | null;
  votingRight: boolean | null;
  startDate: string | null;
  endDate: string | null;
};

/** "Vorsitzende · seit 1. November 2021", "Mitglied · beratend · 2016 bis 2021" */
export function membershipLine(membership: Membership): string {
  const parts: string[] = [];
  if (membership.role) parts.push(membership.role);
  if (membership.votingRight === false) parts.push(t("council.members.advisory"));
  const { startDate: start, endDate: end } = membership;
  if (start && end) parts.push(t("council.members.period", { start: formatDay(start), end: formatDay(end) }));
  else if (start) parts.push(t("council.members.since", { start: formatDay(start) }));
  else if (end) parts.push(t("council.members.until", { end: formatDay(end) }));
  return parts.join(" · ");
}

export function MembershipLine(props: { membership: Membership }) {
  return <Show when={membershipLine(props.membership)}>{(line) => <span class="hint"> {line()}</span>}</Show>;
}
