// Picking files for an attachment slot or an answer: each file is checked on the device (size, type
// read from its content) before it is kept, so nothing is refused after a long upload. On phones,
// image slots get a second input that opens the camera. The slot's hint, rules and error stand above
// its files, so the kit's file inputs below point to them instead of repeating them.
import { createSignal, For, Show } from "solid-js";
import { ATTACHMENT_MAX_BYTES } from "../../lib/contract/application-definition";
import type { DraftFile } from "../../lib/db";
import { t } from "../../lib/i18n";
import { fileTypeLabel, formatFileSize } from "../account/format";
import { locale } from "./answer-text";
import { FieldError, FileInput } from "../../ui/Field";
import { errorId, hintId } from "../../ui/field-ids";
import { checkPickedFile, FileCheckError } from "./sniff";

type Rejection = { key: string; values: Record<string, string> };

export function FilePicker(props: {
  /** The id the error summary links to (the file input). */
  id: string;
  /** The slot's or the answer's name, for the inputs' labels. */
  label: string;
  hint?: string;
  accept: readonly string[];
  max: number;
  files: DraftFile[];
  onAdd: (files: DraftFile[]) => void;
  onRemove: (id: string) => void;
  error?: string;
}) {
  const [rejected, setRejected] = createSignal<Rejection[]>([]);
  const types = () => props.accept.map(fileTypeLabel).join(", ");
  const takesImages = () => props.accept.some((type) => type.startsWith("image/"));
  const rulesId = () => `${props.id}-rules`;
  const full = () => props.files.length >= props.max;
  const described = () =>
    [props.hint ? hintId(props.id) : "", rulesId(), props.error ? errorId(props.id) : ""]
      .filter(Boolean)
      .join(" ");

  const pick = async (picked: File[], input: HTMLInputElement) => {
    // The same file can be picked again after removing it.
    input.value = "";
    const kept: DraftFile[] = [];
    const problems: Rejection[] = [];
    for (const file of picked) {
      if (props.files.length + kept.length >= props.max) {
        problems.push({
          key: "applications.files.rejected.tooMany",
          values: { name: file.name, max: String(props.max) },
        });
        continue;
      }
      try {
        kept.push(await checkPickedFile(file, props.accept));
      } catch (error) {
        if (!(error instanceof FileCheckError)) throw error;
        problems.push({
          key: `applications.files.rejected.${error.code}`,
          values: { name: file.name, types: types(), size: formatFileSize(ATTACHMENT_MAX_BYTES, locale()) },
        });
      }
    }
    setRejected(problems);
    if (kept.length > 0) props.onAdd(kept);
  };

  return (
    <div class="file-picker" classList={{ "field-invalid": Boolean(props.error) }}>
      <Show when={props.hint}>
        {(hint) => (
          <p id={hintId(props.id)} class="hint">
            {hint()}
          </p>
        )}
      </Show>
      <p id={rulesId()} class="hint">
        {t("applications.files.rules", {
          types: types(),
          size: formatFileSize(ATTACHMENT_MAX_BYTES, locale()),
          max: String(props.max),
        })}
      </p>
      <FieldError id={props.id} error={undefined} text={props.error} />
      <Show when={props.files.length > 0}>
        <ul class="file-list">
          <For each={props.files}>
            {(file) => (
              <li>
                <span class="file-name">{file.name}</span>
                <span class="meta">
                  {t("applications.files.facts", {
                    type: fileTypeLabel(file.mediaType),
                    size: formatFileSize(file.size, locale()),
                  })}
                </span>
                <button type="button" class="button secondary" onClick={() => props.onRemove(file.id)}>
                  {t("applications.files.remove")}
                  <span class="visually-hidden"> {file.name}</span>
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <For each={rejected()}>
        {(problem) => (
          <p class="field-error" role="alert">
            {t(problem.key, problem.values)}
          </p>
        )}
      </For>
      <Show when={!full()} fallback={<p class="hint">{t("applications.files.full")}</p>}>
        <div class="file-inputs">
          <FileInput
            id={props.id}
            label={t("applications.files.choose", { label: props.label })}
            accept={props.accept.join(",")}
            multiple={props.max - props.files.length > 1}
            describedBy={described()}
            invalid={Boolean(props.error)}
            onChange={(picked, input) => void pick(picked, input)}
          />
          <Show when={takesImages()}>
            <FileInput
              id={`${props.id}-camera`}
              class="capture-field"
              label={t("applications.files.takePhoto", { label: props.label })}
              accept={props.accept.filter((type) => type.startsWith("image/")).join(",")}
              capture="environment"
              describedBy={rulesId()}
              onChange={(picked, input) => void pick(picked, input)}
            />
          </Show>
        </div>
      </Show>
    </div>
  );
}
