import { t } from "../../lib/i18n";
import { TextInput } from "../../ui/Field";

/** Every look at a citizen's data needs a reason; it goes into the audit log with the access. */
export function ReasonField(props: {
  id: string;
  value: string;
  onInput: (value: string) => void;
  error?: string;
}) {
  return (
    <TextInput
      id={props.id}
      name="reason"
      label={t("staff.reason.label")}
      hint={t("staff.reason.hint")}
      value={props.value}
      onInput={(value) => props.onInput(value)}
      error={props.error}
      autocomplete="off"
      required
    />
  );
}
