// One filter of a business directory: a select whose empty choice means "all"; the choice lives in
// the address so a filtered list can be shared.
import { SelectInput } from "../../ui/Field";

export function FilterSelect<V extends string>(props: {
  id: string;
  label: string;
  allLabel: string;
  options: readonly V[];
  optionLabel: (option: V) => string;
  value: V | undefined;
  /** Undefined for "all". */
  onChange: (value: string | undefined) => void;
}) {
  return (
    <div class="business-filter">
      <SelectInput
        id={props.id}
        label={props.label}
        value={props.value ?? ""}
        onChange={(value) => props.onChange(value || undefined)}
        options={[
          { value: "", label: props.allLabel },
          ...props.options.map((option) => ({ value: option, label: props.optionLabel(option) })),
        ]}
      />
    </div>
  );
}
