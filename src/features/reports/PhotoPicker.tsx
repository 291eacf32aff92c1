// Up to three photos of the defect: chosen or taken with the camera, shown as thumbnails, each
// removable. A photo the server would refuse (type, size) is said at once and not added.
import { createSignal, For, onCleanup } from "solid-js";
import { REPORT_MAX_PHOTOS } from "../../lib/contract/reports";
import { t } from "../../lib/i18n";
import { FieldError } from "../../ui/Field";
import { photoProblem } from "./report-form";

export function PhotoPicker(props: {
  id: string;
  photos: File[];
  onChange: (photos: File[]) => void;
  error?: string;
}) {
  const [problem, setProblem] = createSignal<string>();
  const urls = new Map<File, string>();
  const urlOf = (file: File) => {
    let url = urls.get(file);
    if (!url) {
      url = URL.createObjectURL(file);
      urls.set(file, url);
    }
    return url;
  };
  onCleanup(() => urls.forEach((url) => URL.revokeObjectURL(url)));

  const add = (input: HTMLInputElement) => {
    const chosen = [...(input.files ?? [])];
    input.value = "";
    const refused = chosen.map((file) => photoProblem(file)).find(Boolean);
    setProblem(refused);
    const accepted = chosen.filter((file) => !photoProblem(file));
    props.onChange([...props.photos, ...accepted].slice(0, REPORT_MAX_PHOTOS));
  };

  return (
    <div class="field" classList={{ "field-invalid": Boolean(props.error || problem()) }}>
      <label for={props.id}>{t("reports.form.photos.label")}</label>
      <p id={`${props.id}-hint`} class="hint">
        {t("reports.form.photos.hint", { max: REPORT_MAX_PHOTOS })}
      </p>
      <FieldError id={props.id} error={props.error ?? problem()} />
      <input
        id={props.id}
        type="file"
        accept="image/jpeg,image/png,image/webp"
        multiple
        disabled={props.photos.length >= REPORT_MAX_PHOTOS}
        class="form-input"
        aria-describedby={`${props.id}-hint`}
        onChange={(event) => add(event.currentTarget)}
      />
      <ul class="report-thumbnails">
        <For each={props.photos}>
          {(photo, index) => (
            <li>
              <img src={urlOf(photo)} alt={t("reports.form.photos.thumbnail", { number: index() + 1 })} />
              <button
                type="button"
                class="button secondary"
                onClick={() => props.onChange(props.photos.filter((item) => item !== photo))}
              >
                {t("reports.form.photos.remove", { number: index() + 1 })}
              </button>
            </li>
          )}
        </For>
      </ul>
    </div>
  );
}
