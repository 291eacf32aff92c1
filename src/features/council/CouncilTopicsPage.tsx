// /rat/themen ("Meine Ratsthemen"): what this device follows in the council (committees, keywords,
// areas), with "nicht mehr folgen", and forms to follow a keyword (prefilled from /rat's search with
// ?stichwort=), an area (a centre picked on the map, by keyboard or the device's position, and a
// radius) or the committee a committee page links here with (?gremium=). New meetings, agendas
// and papers that match come as push (topic "Rat"); signed in, also in a weekly mail. Following
// needs a connection and push on this device, and the page says so otherwise.
import { A, useSearchParams } from "@solidjs/router";
import { createMemo, createResource, createSignal, For, Show } from "solid-js";
import {
  COUNCIL_KEYWORD_MAX,
  COUNCIL_KEYWORD_MIN,
  type CouncilFollow,
  type CouncilFollowTarget,
} from "../../lib/contract/council-alerts";
import { language, locale, t } from "../../lib/i18n";
import { createLiveQuery } from "../../lib/live-query";
import { connection } from "../../lib/sync-status";
import { createWrite, failureItems } from "../../lib/write";
import { Checkbox, Radios } from "../../ui/Choices";
import { ErrorSummary } from "../../ui/ErrorSummary";
import { TextInput } from "../../ui/Field";
import { usePageTitle } from "../../ui/page-title";
import { account } from "../account/session";
import { formatDegrees, formatRadius, type Pin } from "../map/pin";
import { PositionPicker } from "../map/PositionPicker";
import { pushSupport } from "../warnings/push-subscription";
import { alertFailureKey, followCouncil, readCouncilFollows, unfollowCouncil } from "./alerts-api";
import { areaError, areaTarget, COUNCIL_AREA_RADII_M, DEFAULT_COUNCIL_AREA_RADIUS_M } from "./area-follow";
import { allOrganizations } from "./data";
import { COUNCIL_PATH, organizationPath } from "./paths";
import "./council.css";

type Params = { gremium?: string; stichwort?: string };

/** The keyword as the form checks it before sending (the server checks the same bounds). */
export function keywordError(keyword: string): string | undefined {
  const length = keyword.trim().length;
  if (length < COUNCIL_KEYWORD_MIN) return "council.alerts.keywordMissing";
  if (length > COUNCIL_KEYWORD_MAX) return "council.alerts.keywordTooLong";
  return undefined;
}

export default function CouncilTopicsPage() {
  usePageTitle(() => t("council.alerts.title"));
  return (
    <section class="council">
      <p class="breadcrumb">
        <A href={COUNCIL_PATH}>{t("council.back")}</A>
      </p>
      <h1>{t("council.alerts.title")}</h1>
      <p class="lead">{t("council.alerts.lead")}</p>
      <Show when={pushSupport() === "needs-home-screen"}>
        <p class="notice">{t("council.alerts.homeScreen")}</p>
      </Show>
      <Show when={pushSupport() === "unsupported"}>
        <p class="notice">{t("council.alerts.unsupported")}</p>
      </Show>
      <Show when={pushSupport() === "supported"}>
        <CouncilTopics />
      </Show>
    </section>
  );
}

function CouncilTopics() {
  const [params] = useSearchParams<Params>();
  const [keyword, setKeyword] = createSignal(params.stichwort ?? "");
  const [keywordFault, setKeywordFault] = createSignal<string>();
  const [weeklyMail, setWeeklyMail] = createSignal(false);
  const [centre, setCentre] = createSignal<Pin | null>(null);
  const [radius, setRadius] = createSignal<number>(DEFAULT_COUNCIL_AREA_RADIUS_M);
  const [areaFault, setAreaFault] = createSignal<string>();
  const [follows, { mutate, refetch }] = createResource(readCouncilFollows);
  const organizations = createLiveQuery(() => allOrganizations);
  const write = createWrite<string>({ explain: alertFailureKey });

  const committeeName = (id: string) =>
    organizations.data()?.find((organization) => organization.id === id)?.name;
  /** The committee the page was opened for (?gremium=), unless this device follows it already. */
  const offeredCommittee = createMemo(() => {
    const id = params.gremium;
    if (!id) return undefined;
    const followed = (follows.latest ?? []).some(
      (f) => f.target.kind === "committee" && f.target.organizationId === id,
    );
    const name = committeeName(id);
    return followed || !name ? undefined : { id, name };
  });

  const add = (key: string, target: CouncilFollowTarget) =>
    // eslint-disable-next-line solid/reactivity -- runs once per submit, as the event handler does
    void write.run(key, async () => {
      const follow = await followCouncil(target, language(), weeklyMail() && account() !== null);
      const others = (follows.latest ?? []).filter((item) => item.id !== follow.id);
      mutate([...others, follow]);
      return "council.alerts.followed";
    });

  const submitKeyword = (event: SubmitEvent) => {
    event.preventDefault();
    if (write.busy()) return;
    write.clear();
    const fault = keywordError(keyword());
    setKeywordFault(fault);
    if (fault) return;
    add("keyword", { kind: "keyword", keyword: keyword().trim() });
  };

  const submitArea = (event: SubmitEvent) => {
    event.preventDefault();
    if (write.busy()) return;
    write.clear();
    const pin = centre();
    const fault = areaError(pin);
    setAreaFault(fault);
    if (fault || !pin) return;
    add("area", areaTarget(pin, radius()));
  };

  const remove = (follow: CouncilFollow) =>
    // eslint-disable-next-line solid/reactivity -- runs once per tap, as the event handler does
    void write.run(follow.id, async () => {
      await unfollowCouncil(follow.id);
      mutate((follows.latest ?? []).filter((item) => item.id !== follow.id));
      return "council.alerts.removed";
    });

  const describe = (target: CouncilFollowTarget) =>
    target.kind === "keyword"
      ? t("council.alerts.keywordItem", { keyword: target.keyword })
      : target.kind === "committee"
        ? t("council.alerts.committeeItem", {
            name: committeeName(target.organizationId) ?? t("council.alerts.unknownCommittee"),
          })
        : t("council.alerts.areaItem", {
            radius: formatRadius(target.radiusM, locale()),
            lat: formatDegrees(target.lat, locale()),
            lon: formatDegrees(target.lon, locale()),
          });

  return (
    <>
      <Show when={connection() === "offline"}>
        <p class="notice">{t("council.alerts.needsConnection")}</p>
      </Show>
      <ErrorSummary
        items={[
          ...(keywordFault() ? [{ fieldId: "council-keyword", message: keywordFault()! }] : []),
          ...(areaFault() ? [{ fieldId: "council-area-centre", message: areaFault()! }] : []),
          ...failureItems(write.failure()),
        ]}
      />
      <Show when={offeredCommittee()}>
        {(committee) => (
          <div class="council-follow-committee">
            <h2>{t("council.alerts.committeeTitle")}</h2>
            <p>{t("council.alerts.committeeText", { name: committee().name })}</p>
            <button
              type="button"
              class="button"
              aria-busy={write.busy() === "committee" ? "true" : undefined}
              onClick={() => add("committee", { kind: "committee", organizationId: committee().id })}
            >
              {t("council.alerts.followCommittee", { name: committee().name })}
            </button>
          </div>
        )}
      </Show>

      <form noValidate onSubmit={submitKeyword}>
        <h2>{t("council.alerts.keywordTitle")}</h2>
        <TextInput
          id="council-keyword"
          label={t("council.alerts.keyword")}
          hint={t("council.alerts.keywordHint")}
          required
          value={keyword()}
          maxLength={COUNCIL_KEYWORD_MAX}
          error={keywordFault()}
          onInput={setKeyword}
        />
        <Show when={account()} fallback={<p class="hint">{t("council.alerts.weeklyMailSignIn")}</p>}>
          <Checkbox
            id="council-weekly-mail"
            label={t("council.alerts.weeklyMail")}
            hint={t("council.alerts.weeklyMailHint")}
            mark="optional"
            checked={weeklyMail()}
            onChange={setWeeklyMail}
          />
        </Show>
        <button type="submit" class="button" aria-busy={write.busy() === "keyword" ? "true" : undefined}>
          {t("council.alerts.submit")}
        </button>
      </form>
      <form noValidate onSubmit={submitArea}>
        <h2>{t("council.alerts.areaTitle")}</h2>
        <p>{t("council.alerts.areaText")}</p>
        <PositionPicker
          id="council-area-centre"
          legend={t("council.alerts.areaCentre")}
          hint={t("council.alerts.areaCentreHint")}
          pin={centre()}
          circleM={radius()}
          // A copy: CITY_CENTRE must stay as it is.
          onPin={(next) => setCentre({ ...next })}
          error={areaFault()}
        />
        <Radios
          id="council-area-radius"
          legend={t("council.alerts.areaRadius")}
          required
          options={COUNCIL_AREA_RADII_M.map((metres) => ({
            value: String(metres),
            label: formatRadius(metres, locale()),
          }))}
          value={String(radius())}
          onChange={(value) => setRadius(Number(value))}
        />
        <button type="submit" class="button" aria-busy={write.busy() === "area" ? "true" : undefined}>
          {t("council.alerts.areaSubmit")}
        </button>
      </form>
      <p role="status">
        <Show when={write.success()}>{(key) => t(key())}</Show>
      </p>

      <h2>{t("council.alerts.listTitle")}</h2>
      <Show when={!follows.error} fallback={<p role="alert">{t(alertFailureKey(follows.error))}</p>}>
        <Show when={follows.latest} fallback={<p class="loading">{t("common.loading")}</p>}>
          {(list) => (
            <Show when={list().length > 0} fallback={<p>{t("council.alerts.none")}</p>}>
              <ul class="council-follows">
                <For each={list()}>
                  {(follow) => (
                    <li>
                      <p>
                        <Show
                          when={follow.target.kind === "committee" && follow.target}
                          fallback={describe(follow.target)}
                        >
                          {(target) => (
                            <A href={organizationPath(target().organizationId)}>{describe(target())}</A>
                          )}
                        </Show>
                      </p>
                      <Show when={follow.weeklyMail}>
                        <p class="hint">{t("council.alerts.withMail")}</p>
                      </Show>
                      <button
                        type="button"
                        class="button secondary"
                        disabled={write.busy() !== undefined}
                        onClick={() => remove(follow)}
                      >
                        {t("council.alerts.remove", { name: describe(follow.target) })}
                      </button>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          )}
        </Show>
      </Show>
      <Show when={follows.error}>
        <p>
          <button type="button" class="button secondary" onClick={() => void refetch()}>
            {t("council.alerts.retry")}
          </button>
        </p>
      </Show>
      <p>
        <A href="/warnungen/benachrichtigungen">{t("council.alerts.settings")}</A>
      </p>
    </>
  );
}
