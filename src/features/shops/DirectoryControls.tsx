// The directory's filters, order and photo switch. The filters and the order live in the address
// (see ./directory.ts), so a filtered list can be shared and survives a reload.
import { createSignal, For, Show } from "solid-js";
import { CATEGORY_GROUP_NAMES } from "../../lib/contract/shops-constants";
import { locale, t } from "../../lib/i18n";
import { Checkbox, Choice } from "../../ui/Choices";
import { SelectInput } from "../../ui/Field";
import type { LonLat } from "../map/distance";
import { locate, LocateFailed, type LocateError } from "../map/near-me";
import type { DirectoryFilters, DirectorySort } from "./directory";
import { groupLabel } from "./labels";
import type { PhotoPreference } from "./photo-preference";

export function FilterFields(props: {
  filters: DirectoryFilters;
  onChange: (change: Partial<DirectoryFilters>) => void;
}) {
  const flags = [
    { key: "openNow", label: "shops.directory.filters.openNow" },
    { key: "delivery", label: "shops.directory.filters.delivery" },
    { key: "wheelchair", label: "shops.directory.filters.wheelchair" },
    { key: "onlineShop", label: "shops.directory.filters.onlineShop" },
  ] as const;
  return (
    <fieldset class="shops-filters">
      <legend>{t("shops.directory.filters.legend")}</legend>
      <SelectInput
        id="shops-group"
        label={t("shops.directory.filters.group")}
        value={props.filters.group ?? ""}
        onChange={(value) =>
          props.onChange({ group: CATEGORY_GROUP_NAMES.find((group) => group === value) ?? null })
        }
        options={[
          { value: "", label: t("shops.directory.filters.allGroups") },
          ...CATEGORY_GROUP_NAMES.map((group) => ({
            value: group,
            label: groupLabel(group, { t, locale: locale() }),
          })),
        ]}
      />
      <div class="shops-flags">
        <For each={flags}>
          {(flag) => (
            <Choice
              id={`shops-flag-${flag.key}`}
              type="checkbox"
              name="shops-flags"
              label={t(flag.label)}
              checked={props.filters[flag.key]}
              onChange={(checked) => props.onChange({ [flag.key]: checked })}
            />
          )}
        </For>
      </div>
    </fieldset>
  );
}

/** "In meiner Nähe": asks for the position only after the tap (as the map does); it stays on the page. */
export function NearMeButton(props: { located: boolean; onPosition: (at: LonLat) => void }) {
  const [locating, setLocating] = createSignal(false);
  const [failure, setFailure] = createSignal<LocateError | null>(null);
  async function find() {
    if (locating()) return;
    setLocating(true);
    setFailure(null);
    try {
      const position = await locate();
      props.onPosition([position.lon, position.lat]);
    } catch (error) {
      setFailure(error instanceof LocateFailed ? error.reason : "unavailable");
    } finally {
      setLocating(false);
    }
  }
  return (
    <div class="shops-near-me">
      {/* aria-disabled, not disabled: a disabled button would drop the keyboard focus. */}
      <button
        type="button"
        class="button secondary"
        aria-disabled={locating() ? "true" : undefined}
        onClick={() => void find()}
      >
        {t("shops.directory.nearMe.button")}
      </button>
      <p class="hint">{t("shops.directory.nearMe.privacy")}</p>
      <p role="status">
        <Show when={locating()}>{t("shops.directory.nearMe.locating")}</Show>
        <Show when={!locating() && props.located}>{t("shops.directory.nearMe.found")}</Show>
      </p>
      <Show when={failure()}>
        {(reason) => (
          <p class="field-error" role="alert">
            {t(`shops.directory.nearMe.errors.${reason()}`)}
          </p>
        )}
      </Show>
    </div>
  );
}

export function SortField(props: {
  sort: DirectorySort;
  searching: boolean;
  located: boolean;
  onChange: (sort: DirectorySort) => void;
}) {
  const options = (): DirectorySort[] => [
    ...(props.searching ? (["relevance"] as const) : []),
    "name",
    ...(props.located ? (["distance"] as const) : []),
  ];
  return (
    <SelectInput
      id="shops-sort"
      class="shops-sort"
      label={t("shops.directory.sort.label")}
      value={props.sort}
      onChange={(value) => {
        const chosen = options().find((option) => option === value);
        if (chosen) props.onChange(chosen);
      }}
      options={options().map((option) => ({ value: option, label: t(`shops.directory.sort.${option}`) }))}
    />
  );
}

export function PhotoSwitch(props: { preference: PhotoPreference }) {
  return (
    <Checkbox
      id="shops-photos"
      class="shops-photos"
      label={t("shops.directory.photos.label")}
      hint={props.preference.savesData ? t("shops.directory.photos.saveData") : undefined}
      checked={props.preference.show()}
      onChange={(checked) => props.preference.choose(checked)}
    />
  );
}
