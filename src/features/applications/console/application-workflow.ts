// What a staff member can do with an online application, and where its pages are. The server
// decides (409 conflict otherwise); the console offers only what it would accept.
import { INBOX_VIEWS, type InboxView, type StaffApplication } from "../../../lib/contract/applications";

/** The inbox view named in the address (?view=), "open" when there is none or an unknown one. */
export function inboxView(value: string | undefined): InboxView {
  return INBOX_VIEWS.find((view) => view === value) ?? "open";
}

export const inboxPath = (view: InboxView) =>
  `/verwaltung/antraege?${new URLSearchParams({ view }).toString()}`;

export const applicationPath = (id: string) => `/verwaltung/antraege/${encodeURIComponent(id)}`;

export type ApplicationActions = {
  /** Nobody handles it yet: whoever may see it may take it over. */
  claim: boolean;
  /** Questions and the decision belong to the person who took it over. */
  ask: boolean;
  decide: boolean;
  /** Someone else handles it: the name to show. */
  claimedByOther: string | null;
};

export function availableActions(
  application: Pick<StaffApplication, "status" | "claimedBy">,
  myId: string,
): ApplicationActions {
  const open = application.status !== "decided";
  const claimer = application.claimedBy;
  const mine = open && claimer !== null && claimer.id === myId;
  return {
    claim: open && claimer === null,
    ask: mine,
    decide: mine,
    claimedByOther: open && claimer !== null && claimer.id !== myId ? claimer.name : null,
  };
}
