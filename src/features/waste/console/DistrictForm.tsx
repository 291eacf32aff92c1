// Creating a district or changing one: name, the provider's https address (fetched daily; empty when
// files are uploaded) and the district's own bin words, which replace the built-in ones.
import { createEffect, createSignal, on, Show } from "solid-js";
import { BIN_TYPES, type StaffDistrict } from "../../../lib/contract/waste";
import { t } from "../../../lib/i18n";
import { createWrite } from "../../../lib/write";
import { ActionOutcome } from "../../../ui/ActionOutcome";
import { ErrorSummary, summaryOf } from "../../../ui/ErrorSummary";
import { TextArea, TextInput } from "../../../ui/Field";
import { saveDistrict } from "./api";
import {
  checkDistrict,
  type DistrictErrors,
  type DistrictFields,
  mappingText,
  parseMapping,
} from "./district-form";

const ORDER = ["id", "name", "sourceUrl", "mapping"];
const empty: DistrictFields = { id: "", name: "", sourceUrl: "", mapping: "" };

export function DistrictForm(props: {
  district: StaffDistrict | null;
  taken: string[];
  onSaved: () => void;
  onCancel: () => void;
}) {
  const [fields, setFields] = createSignal<DistrictFields>(empty);
  const [errors, setErrors] = createSignal<DistrictErrors>({});
  const write = createWrite();
  const isNew = () => props.district === null;
  createEffect(
    on(
      () => props.district,
      (district) => {
        setErrors({});
        setFields(
          district
            ? {
                id: district.id,
                name: district.name,
                sourceUrl: district.sourceUrl ?? "",
                mapping: mappingText(district.mapping),
              }
            : empty,
        );
      },
    ),
  );
  const set = (field: keyof DistrictFields, value: string) => {
    setFields({ ...fields(), [field]: value });
    write.clearSuccess();
  };
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    write.clear();
    const found = checkDistrict(fields(), isNew(), props.taken);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const current = fields();
    const mapping = parseMapping(current.mapping);
    void write.run(
      true,
      async () => {
        await saveDistrict(current.id, {
          name: current.name.trim(),
          sourceUrl: current.sourceUrl.trim() || null,
          mapping: mapping && !("wrongLine" in mapping) ? mapping : null,
        });
        return t("staff.waste.form.saved", { name: current.name.trim() });
      },
      {
        done: () => {
          setFields(empty);
          props.onSaved();
        },
      },
    );
  };
  return (
    <form id="waste-district-form" class="waste-console-form" novalidate onSubmit={submit}>
      <h2>
        {isNew()
          ? t("staff.waste.form.createTitle")
          : t("staff.waste.form.editTitle", { name: fields().name })}
      </h2>
      <ErrorSummary items={summaryOf(ORDER, errors(), "waste-district")} />
      <Show when={isNew()}>
        <TextInput
          id="waste-district-id"
          label={t("staff.waste.form.id")}
          hint={t("staff.waste.form.idHint")}
          code
          maxLength={64}
          value={fields().id}
          error={errors().id}
          onInput={(value) => set("id", value)}
        />
      </Show>
      <TextInput
        id="waste-district-name"
        label={t("staff.waste.form.name")}
        maxLength={120}
        value={fields().name}
        error={errors().name}
        onInput={(value) => set("name", value)}
      />
      <TextInput
        id="waste-district-sourceUrl"
        label={t("staff.waste.form.sourceUrl")}
        hint={t("staff.waste.form.sourceUrlHint")}
        type="url"
        mark="optional"
        code
        maxLength={1000}
        value={fields().sourceUrl}
        error={errors().sourceUrl}
        onInput={(value) => set("sourceUrl", value)}
      />
      <TextArea
        id="waste-district-mapping"
        label={t("staff.waste.form.mapping")}
        hint={t("staff.waste.form.mappingHint", {
          bins: BIN_TYPES.map((bin) => `${bin} (${t(`staff.waste.bins.${bin}`)})`).join(", "),
        })}
        mark="optional"
        rows={3}
        value={fields().mapping}
        error={errors().mapping}
        onInput={(value) => set("mapping", value)}
      />
      <div class="button-row">
        <button type="submit" class="button" disabled={write.busy() !== undefined}>
          {isNew() ? t("staff.waste.form.create") : t("staff.waste.form.save")}
        </button>
        <Show when={!isNew()}>
          <button type="button" class="button secondary" onClick={() => props.onCancel()}>
            {t("common.cancel")}
          </button>
        </Show>
      </div>
      <ActionOutcome failureKey={write.failure()} success={write.success()} />
    </form>
  );
}
