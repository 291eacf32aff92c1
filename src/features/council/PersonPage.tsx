// /rat/person/:id: one member of the council or a committee, with their memberships now and before.
import { A, useParams } from "@solidjs/router";
import { createMemo, For, Show } from "solid-js";
import { berlinDate } from "../../lib/contract/berlin-time";
import { COUNCIL_PERSONS_COLLECTION, type CouncilPerson } from "../../lib/contract/council";
import { t } from "../../lib/i18n";
import { createRecordQuery } from "../../lib/record-query";
import { usePageTitle } from "../../ui/page-title";
import { recordPageTitle, RecordStates } from "../../ui/RecordStates";
import { createNow } from "../warnings/now";
import { CouncilAsOf } from "./CouncilAsOf";
import { personById } from "./data";
import { MembershipLine } from "./Memberships";
import { splitMemberships } from "./model";
import { COUNCIL_PATH, organizationPath } from "./paths";
import "./council.css";

export default function PersonPage() {
  const params = useParams<{ id: string }>();
  const person = createRecordQuery({
    collection: COUNCIL_PERSONS_COLLECTION,
    id: () => params.id,
    local: personById,
    parse: async (data) => (await import("../../lib/contract/council")).councilPersonSchema.parse(data),
  });
  usePageTitle(() => recordPageTitle(person.view(), (p) => p.name, t("council.person.notFound")));
  return (
    <RecordStates
      view={person.view()}
      retry={person.retry}
      notFound={
        <section>
          <h1>{t("council.person.notFound")}</h1>
          <p>{t("council.person.notFoundText")}</p>
          <A href={COUNCIL_PATH}>{t("council.back")}</A>
        </section>
      }
    >
      {(record) => <PersonDetail person={record()} />}
    </RecordStates>
  );
}

function PersonDetail(props: { person: CouncilPerson }) {
  const now = createNow();
  const memberships = createMemo(() => splitMemberships(props.person.memberships, berlinDate(now())));
  const list = (items: CouncilPerson["memberships"]) => (
    <ul class="council-members">
      <For each={items}>
        {(membership) => (
          <li>
            <A href={organizationPath(membership.organizationId)}>{membership.organizationName}</A>
            <MembershipLine membership={membership} />
          </li>
        )}
      </For>
    </ul>
  );
  return (
    <article class="council">
      <p class="breadcrumb">
        <A href={COUNCIL_PATH}>{t("council.back")}</A>
      </p>
      <h1>{props.person.name}</h1>
      <h2>{t("council.person.memberships")}</h2>
      <Show when={memberships().current.length > 0} fallback={<p>{t("council.person.noMemberships")}</p>}>
        {list(memberships().current)}
      </Show>
      <Show when={memberships().former.length > 0}>
        <h2>{t("council.person.formerMemberships")}</h2>
        {list(memberships().former)}
      </Show>
      <CouncilAsOf collection={COUNCIL_PERSONS_COLLECTION} sample={props.person.sample} />
    </article>
  );
}
