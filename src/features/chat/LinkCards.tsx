// Cards under a message for the app's own pages it links (app-links.ts): a services guide page, an
// office, or an appointment proposal, which opens the booking with that service chosen at its office
// (signed in, the booking takes the account's name and address). Made from the guide data on the
// device; a page the device does not know yet still gets its link.
import { A } from "@solidjs/router";
import { createMemo, For, Match, Show, Switch } from "solid-js";
import { bookingPath, officePagePath, servicePagePath } from "../../lib/contract/chat-office";
import type { Office, Service } from "../../lib/contract/guide";
import { localized, t } from "../../lib/i18n";
import { createLiveQuery } from "../../lib/live-query";
import { allOffices, officeById, serviceById } from "../services/data";
import { type AppLink, appLinksIn } from "./app-links";

/** Whose side the list is shown on (MessageList's viewer). */
type Viewer = "resident" | "agent";

export function LinkCards(props: { text: string; viewer: Viewer }) {
  const links = createMemo(() => appLinksIn(props.text, location.origin));
  return (
    <Show when={links().length > 0}>
      <ul class="chat-cards">
        <For each={links()}>{(link) => <LinkCard link={link} viewer={props.viewer} />}</For>
      </ul>
    </Show>
  );
}

function LinkCard(props: { link: AppLink; viewer: Viewer }) {
  const guide = createLiveQuery(() => {
    const link = props.link;
    return async (): Promise<{ service?: Service; office?: Office }> => {
      if (link.kind === "office") return { office: await officeById(link.id) };
      const service = await serviceById(link.kind === "service" ? link.id : link.serviceId);
      if (link.kind === "service" || !service) return { service };
      // The office the booking takes it at: the first of its offices with online booking.
      const offices = await allOffices();
      const office = service.officeIds
        .map((id) => offices.find((o) => o.id === id))
        .find((o) => o?.booking !== undefined);
      return { service, office };
    };
  });
  const serviceTitle = () => {
    const service = guide.data()?.service;
    return service ? localized(service.text).title : undefined;
  };
  return (
    <li class="chat-card" classList={{ "chat-card-proposal": props.link.kind === "booking" }}>
      <Switch>
        <Match when={props.link.kind === "service" && props.link}>
          {(link) => (
            <>
              <p class="chat-card-kind">{t("chat.cards.service")}</p>
              <p class="chat-card-title">
                <A href={servicePagePath(link().id)}>{serviceTitle() ?? t("chat.cards.openPage")}</A>
              </p>
              <Show when={guide.data()?.service}>
                {(service) => <p class="chat-card-text">{localized(service().text).summary}</p>}
              </Show>
            </>
          )}
        </Match>
        <Match when={props.link.kind === "office" && props.link}>
          {(link) => (
            <>
              <p class="chat-card-kind">{t("chat.cards.office")}</p>
              <p class="chat-card-title">
                <A href={officePagePath(link().id)}>
                  {guide.data()?.office
                    ? localized(guide.data()!.office!.text).name
                    : t("chat.cards.openPage")}
                </A>
              </p>
              <Show when={guide.data()?.office}>
                {(office) => (
                  <p class="chat-card-text">
                    {office().address.street}, {office().address.postalCode} {office().address.city}
                  </p>
                )}
              </Show>
            </>
          )}
        </Match>
        <Match when={props.link.kind === "booking" && props.link}>
          {(link) => (
            <>
              <p class="chat-card-kind">{t("chat.cards.proposal")}</p>
              <p class="chat-card-title">{serviceTitle() ?? t("chat.cards.unknownService")}</p>
              <Show when={guide.data()?.office}>
                {(office) => (
                  <p class="chat-card-text">
                    {t("chat.cards.at", { office: localized(office().text).name })}
                  </p>
                )}
              </Show>
              <Show
                when={props.viewer === "resident"}
                fallback={<p class="chat-card-text">{t("chat.cards.proposalSent")}</p>}
              >
                <p>
                  <A class="button" href={bookingPath(link().serviceId)}>
                    {t("chat.cards.book")}
                  </A>
                </p>
              </Show>
            </>
          )}
        </Match>
      </Switch>
    </li>
  );
}
