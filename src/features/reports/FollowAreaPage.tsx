// /meldungen/folgen: the resident follows an area (a centre on the map, a radius, optionally some
// categories) and this device gets a push for each new report inside it; the areas it follows are
// listed and can be removed. Following subscribes the device to push if it is not yet (permission
// asked only after the tap, as on the warnings' settings). It needs a connection, and says so.
import { A } from "@solidjs/router";
import { createResource, createSignal, For, Show } from "solid-js";
import { REPORT_CATEGORIES, type Follow } from "../../lib/contract/reports";
import { hasErrors, type FieldErrors } from "../../lib/field-errors";
import { ApiError } from "../../lib/http";
import { language, locale, t } from "../../lib/i18n";
import { connection } from "../../lib/sync-status";
import { createWrite, failureItems } from "../../lib/write";
import { Checkboxes, Radios } from "../../ui/Choices";
import { ErrorSummary, summaryOf } from "../../ui/ErrorSummary";
import { usePageTitle } from "../../ui/page-title";
import { formatDegrees, formatRadius, type Pin } from "../map/pin";
import { PositionPicker } from "../map/PositionPicker";
import { pushSupport } from "../warnings/push-subscription";
import {
  checkFollow,
  DEFAULT_FOLLOW_RADIUS_M,
  FOLLOW_FIELDS,
  FOLLOW_RADII_M,
  type FollowField,
  followBody,
  followedCategoryKeys,
} from "./follow-area";
import { currentSubscription, followArea, followFailureKey, listFollows, unfollow } from "./follow-api";
import "./reports.css";

/** The device's followed areas; none when it has no subscription (or the server forgot it). */
async function readFollows(): Promise<Follow[]> {
  const push = await currentSubscription();
  if (!push) return [];
  try {
    return await listFollows(push);
  } catch (error) {
    if (error instanceof ApiError && error.code === "not_found") return [];
    throw error;
  }
}

export default function FollowAreaPage() {
  usePageTitle(() => t("reports.follow.title"));
  return (
    <section>
      <p class="back-link">
        <A href="/meldungen">{t("reports.detail.back")}</A>
      </p>
      <h1>{t("reports.follow.title")}</h1>
      <p>{t("reports.follow.lead")}</p>
      <Show when={pushSupport() === "needs-home-screen"}>
        <p class="notice">{t("reports.follow.homeScreen")}</p>
      </Show>
      <Show when={pushSupport() === "unsupported"}>
        <p class="notice">{t("reports.follow.unsupported")}</p>
      </Show>
      <Show when={pushSupport() === "supported"}>
        <FollowArea />
      </Show>
    </section>
  );
}

function FollowArea() {
  const [pin, setPin] = createSignal<Pin | null>(null);
  const [radius, setRadius] = createSignal<number>(DEFAULT_FOLLOW_RADIUS_M);
  const [categories, setCategories] = createSignal<string[]>([]);
  const [errors, setErrors] = createSignal<FieldErrors<FollowField>>({});
  const [follows, { mutate, refetch }] = createResource(readFollows);
  const write = createWrite<string>({ explain: followFailureKey });

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (write.busy()) return;
    write.clear();
    const choice = { pin: pin(), radiusM: radius(), categories: categories() };
    const found = checkFollow(choice);
    setErrors(found);
    const centre = choice.pin;
    if (hasErrors(found) || !centre) return;
    // eslint-disable-next-line solid/reactivity -- runs once per submit, as the event handler does
    void write.run("follow", async () => {
      const { follow } = await followArea((push) => followBody(choice, centre, push, language()), language());
      mutate([...(follows.latest ?? []), follow]);
      return "reports.follow.followed";
    });
  };

  const remove = (follow: Follow) =>
    // eslint-disable-next-line solid/reactivity -- runs once per tap, as the event handler does
    void write.run(follow.id, async () => {
      const push = await currentSubscription();
      try {
        if (push) await unfollow(push, follow.id);
      } catch (error) {
        // Already gone on the server: nothing left to remove.
        if (!(error instanceof ApiError && error.code === "not_found")) throw error;
      }
      mutate((follows.latest ?? []).filter((item) => item.id !== follow.id));
      return "reports.follow.removed";
    });

  return (
    <>
      <Show when={connection() === "offline"}>
        <p class="notice">{t("reports.follow.needsConnection")}</p>
      </Show>
      <form noValidate onSubmit={submit}>
        <ErrorSummary
          items={[...summaryOf([...FOLLOW_FIELDS], errors(), "follow"), ...failureItems(write.failure())]}
        />
        <PositionPicker
          id="follow-centre"
          legend={t("reports.follow.centre")}
          hint={t("reports.follow.centreHint")}
          pin={pin()}
          circleM={radius()}
          onPin={(next) => setPin({ ...next })}
          error={errors().centre}
        />
        <Radios
          id="follow-radius"
          legend={t("reports.follow.radius")}
          required
          options={FOLLOW_RADII_M.map((metres) => ({
            value: String(metres),
            label: formatRadius(metres, locale()),
          }))}
          value={String(radius())}
          onChange={(value) => setRadius(Number(value))}
          error={errors().radius}
        />
        <Checkboxes
          id="follow-categories"
          legend={t("reports.follow.categories")}
          hint={t("reports.follow.categoriesHint")}
          mark="optional"
          options={REPORT_CATEGORIES.map((value) => ({ value, label: t(`reports.categories.${value}`) }))}
          values={categories()}
          onChange={setCategories}
        />
        <p class="hint">{t("reports.follow.privacy")}</p>
        <button type="submit" class="button" aria-busy={write.busy() === "follow" ? "true" : undefined}>
          {t("reports.follow.submit")}
        </button>
      </form>
      <p role="status">
        <Show when={write.success()}>{(key) => t(key())}</Show>
      </p>

      <h2>{t("reports.follow.listTitle")}</h2>
      <Show when={!follows.error} fallback={<p role="alert">{t(followFailureKey(follows.error))}</p>}>
        <Show when={follows.latest} fallback={<p class="loading">{t("common.loading")}</p>}>
          {(list) => (
            <Show when={list().length > 0} fallback={<p>{t("reports.follow.none")}</p>}>
              <ul class="report-follows">
                <For each={list()}>
                  {(follow, index) => (
                    <li>
                      <p>
                        {t("reports.follow.area", {
                          radius: formatRadius(follow.radiusM, locale()),
                          lat: formatDegrees(follow.lat, locale()),
                          lon: formatDegrees(follow.lon, locale()),
                        })}
                      </p>
                      <p>
                        {follow.categories.length === 0
                          ? t("reports.follow.allCategories")
                          : t("reports.follow.someCategories", {
                              categories: new Intl.ListFormat(locale(), { type: "conjunction" }).format(
                                followedCategoryKeys(follow.categories).map((key) => t(key)),
                              ),
                            })}
                      </p>
                      <button
                        type="button"
                        class="button secondary"
                        disabled={write.busy() !== undefined}
                        onClick={() => remove(follow)}
                      >
                        {t("reports.follow.remove", { number: index() + 1 })}
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
            {t("reports.follow.retry")}
          </button>
        </p>
      </Show>
      <p>
        <A href="/warnungen/benachrichtigungen">{t("reports.follow.settings")}</A>
      </p>
    </>
  );
}
