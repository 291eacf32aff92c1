// The service's summary in Leichte Sprache (German by nature, shown in every language), with the
// checkable rules' findings as hints under it while typing.
import { For, Show } from "solid-js";
import { t } from "../../../lib/i18n";
import { TextArea } from "../../../ui/Field";
import { easySummaryHints } from "./easy-summary";

export function EasySummaryField(props: {
  id: string;
  value: string;
  error: string | undefined;
  onInput: (value: string) => void;
}) {
  const hints = () => easySummaryHints(props.value);
  return (
    <div class="guide-easy">
      <TextArea
        id={props.id}
        label={t("staff.guide.easy.label")}
        hint={t("staff.guide.easy.hint")}
        value={props.value}
        onInput={(value) => props.onInput(value)}
        error={props.error}
        lang="de"
        rows={5}
        mark="optional"
      />
      <Show when={props.value.trim() !== ""}>
        <div class="guide-easy-hints">
          <Show when={hints().length > 0} fallback={<p>{t("staff.guide.easy.passes")}</p>}>
            <p>{t("staff.guide.easy.findings")}</p>
            <ul>
              <For each={hints()}>{(hint) => <li>{t(hint.message, hint.values)}</li>}</For>
            </ul>
          </Show>
        </div>
      </Show>
    </div>
  );
}
