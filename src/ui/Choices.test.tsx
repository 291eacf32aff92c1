import { beforeAll, describe, expect, it } from "vitest";
import { Checkbox, Checkboxes, Choice, ChoiceGroup, Radios } from "./Choices";
import { attributesOf, html, useGermanTexts } from "./render-html";

beforeAll(useGermanTexts);
const noop = () => undefined;
const OPTIONS = [
  { value: "owner", label: "Inhaberin" },
  { value: "staff", label: "Angestellte" },
];

describe("the kit's choices", () => {
  it("asks the question of a group in its legend and ties hint and error to the fieldset", () => {
    const markup = html(() => (
      <Radios
        id="role"
        legend="Ihre Rolle"
        hint="Eine"
        error="merchant.x"
        options={OPTIONS}
        value="staff"
        onChange={noop}
        required
      />
    ));
    expect(markup).toMatch(
      /<legend>Ihre Rolle <span class="field-required">\(Pflichtfeld\)<\/span><\/legend>/,
    );
    // Focusable, so that the error summary can link to the group.
    expect(attributesOf(markup, "role")).toMatchObject({
      tabindex: "-1",
      "aria-describedby": "role-hint role-error",
      class: "form-choices field-invalid",
    });
    expect(attributesOf(markup, "role-owner")).toMatchObject({ type: "radio", name: "role", value: "owner" });
    expect(attributesOf(markup, "role-owner")).not.toHaveProperty("checked");
    expect(attributesOf(markup, "role-staff")).toHaveProperty("checked");
    expect(markup).toContain('<label for="role-staff">Angestellte</label>');
  });

  it("ticks every chosen checkbox", () => {
    const markup = html(() => (
      <Checkboxes id="pay" legend="Zahlung" options={OPTIONS} values={["owner", "staff"]} onChange={noop} />
    ));
    expect(attributesOf(markup, "pay-owner")).toMatchObject({ type: "checkbox", name: "pay", checked: "" });
    expect(attributesOf(markup, "pay-staff")).toHaveProperty("checked");
    expect(attributesOf(markup, "pay")).not.toHaveProperty("aria-describedby");
  });

  it("puts a choice's own hint under its label and ties it to the box", () => {
    const markup = html(() => (
      <ChoiceGroup id="g" legend="Frage">
        <Choice
          id="g-a"
          type="checkbox"
          name="a"
          label="A"
          hint="Mehr zu A"
          checked={false}
          onChange={noop}
        />
      </ChoiceGroup>
    ));
    expect(attributesOf(markup, "g-a")["aria-describedby"]).toBe("g-a-hint");
    expect(markup).toContain('<p id="g-a-hint" class="hint">Mehr zu A</p>');
  });

  it("a single checkbox has its label beside it, and its error tied to it", () => {
    const markup = html(() => (
      <Checkbox
        id="stay"
        label="Angemeldet bleiben"
        hint="Auf diesem Gerät"
        error="e"
        checked
        onChange={noop}
      />
    ));
    expect(markup).toContain('<label for="stay">Angemeldet bleiben</label>');
    expect(attributesOf(markup, "stay")).toMatchObject({
      type: "checkbox",
      checked: "",
      "aria-invalid": "true",
      "aria-describedby": "stay-hint stay-error",
    });
  });
});
