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

  it("says more about each radio under its label, and marks every radio wrong with the group", () => {
    const markup = html(() => (
      <Radios
        id="office"
        legend="Standort"
        errorText="Bitte wählen Sie einen Standort."
        options={[
          { value: "rathaus", label: "Rathaus", hint: "Rathausplatz 1" },
          { value: "nord", label: "Nord" },
        ]}
        value=""
        onChange={noop}
      />
    ));
    expect(attributesOf(markup, "office-rathaus")["aria-describedby"]).toBe("office-rathaus-hint");
    expect(markup).toContain('<p id="office-rathaus-hint" class="hint">Rathausplatz 1</p>');
    expect(attributesOf(markup, "office-nord")).not.toHaveProperty("aria-describedby");
    expect(attributesOf(markup, "office-nord")["aria-invalid"]).toBe("true");
    expect(attributesOf(markup, "office")["aria-describedby"]).toBe("office-error");
    expect(markup).toContain("Bitte wählen Sie einen Standort.</p>");
  });

  it("marks an optional group in words on forms that mark the optional ones", () => {
    const optional = html(() => (
      <Radios id="q" legend="Frage" options={OPTIONS} value="" onChange={noop} mark="optional" />
    ));
    expect(optional).toContain('<legend>Frage <span class="field-required">(freiwillig)</span></legend>');
    const required = html(() => (
      <Radios id="q" legend="Frage" options={OPTIONS} value="" onChange={noop} mark="optional" required />
    ));
    expect(required).toContain("<legend>Frage</legend>");
  });

  it("a required single checkbox says so in words and to screen readers", () => {
    const markup = html(() => (
      <Checkbox id="truth" label="Ich versichere" required checked={false} onChange={noop} />
    ));
    expect(attributesOf(markup, "truth")["aria-required"]).toBe("true");
    expect(markup).toContain(
      '<label for="truth">Ich versichere <span class="field-required">(Pflichtfeld)</span></label>',
    );
    const declaration = html(() => (
      <Checkbox
        id="truth"
        label="Ich versichere"
        required
        mark="optional"
        errorText="Bitte bestätigen Sie."
        checked={false}
        onChange={noop}
      />
    ));
    expect(declaration).toContain('<label for="truth">Ich versichere</label>');
    expect(attributesOf(declaration, "truth")).toMatchObject({
      "aria-required": "true",
      "aria-invalid": "true",
      "aria-describedby": "truth-error",
    });
  });

  it("a choice holds more under its label and can be unavailable", () => {
    const markup = html(() => (
      <Choice id="s-a" type="checkbox" name="s" label="A" checked={false} disabled onChange={noop}>
        <span id="s-a-more">2 Personen</span>
      </Choice>
    ));
    expect(attributesOf(markup, "s-a")).toHaveProperty("disabled");
    expect(markup).toMatch(/<label for="s-a">A<\/label><span id="s-a-more">2 Personen<\/span><\/div>/);
  });

  it("labels a choice in its own language where it differs from the page's", () => {
    const markup = html(() => (
      <Radios
        id="l"
        legend="Sprache"
        value="en"
        onChange={noop}
        options={[
          { value: "de", label: "Deutsch", lang: "de" },
          { value: "en", label: "English", lang: "en" },
        ]}
      />
    ));
    expect(markup).toContain('<label for="l-en" lang="en">English</label>');
    expect(attributesOf(markup, "l-en")).toHaveProperty("checked");
  });
});
