import { beforeAll, describe, expect, it } from "vitest";
import {
  DateInput,
  FieldRow,
  FileInput,
  PasswordInput,
  SelectInput,
  TextArea,
  TextInput,
  TimeInput,
} from "./Field";
import { attributesOf, html, useGermanTexts } from "./render-html";

beforeAll(useGermanTexts);

const noop = () => undefined;

describe("the kit's text input", () => {
  it("has a visible label for its control, and marks a required field in words", () => {
    const markup = html(() => <TextInput id="p-name" label="Name" value="Ada" onInput={noop} required />);
    expect(markup).toContain('<label for="p-name">Name');
    expect(markup).toContain('class="field-required">(Pflichtfeld)');
    expect(attributesOf(markup, "p-name")).toMatchObject({
      name: "p-name",
      type: "text",
      value: "Ada",
      "aria-required": "true",
    });
    expect(attributesOf(markup, "p-name")).not.toHaveProperty("aria-invalid");
  });

  it("ties hint and error to the control and marks it invalid", () => {
    const markup = html(() => (
      <TextInput id="p-mail" label="E-Mail" hint="We write here" error="account.x" value="" onInput={noop} />
    ));
    expect(attributesOf(markup, "p-mail")).toMatchObject({
      "aria-invalid": "true",
      "aria-describedby": "p-mail-hint p-mail-error",
    });
    expect(attributesOf(markup, "p-mail-hint").class).toBe("hint");
    expect(attributesOf(markup, "p-mail-error").class).toBe("field-error");
    expect(markup).toContain('<span class="visually-hidden">Fehler: </span>');
    expect(markup).toMatch(/class="field field-invalid"/);
  });

  it("takes a form name apart from its id, and the console's wall-clock and search types", () => {
    const markup = html(() => (
      <TextInput id="n-onset" name="onset" type="datetime-local" label="Beginn" value="" onInput={noop} />
    ));
    expect(attributesOf(markup, "n-onset")).toMatchObject({ name: "onset", type: "datetime-local" });
  });

  it("describes a field with neither hint nor error by nothing", () => {
    const markup = html(() => <TextInput id="p-x" label="X" value="" onInput={noop} />);
    expect(attributesOf(markup, "p-x")).not.toHaveProperty("aria-describedby");
  });

  it("shows the detail that comes with an error", () => {
    const markup = html(() => (
      <TextInput id="h" label="Hours" value="" onInput={noop} error="merchant.x" errorDetail="Mo-Fr 9-18" />
    ));
    expect(markup).toContain('class="field-error-detail">Mo-Fr 9-18');
  });
});

describe("the kit's marks and errors for other forms", () => {
  it("on a form of mostly required fields, marks the optional ones instead", () => {
    const optional = html(() => <TextInput id="o" label="Ort" value="" onInput={noop} mark="optional" />);
    expect(optional).toContain('<label for="o">Ort <span class="field-required">(freiwillig)</span></label>');
    expect(attributesOf(optional, "o")).not.toHaveProperty("aria-required");
    const required = html(() => (
      <TextInput id="r" label="Name" value="" onInput={noop} mark="optional" required />
    ));
    expect(required).toContain('<label for="r">Name</label>');
    expect(attributesOf(required, "r")["aria-required"]).toBe("true");
  });

  it("shows an error that is already text as it is, tied to the control", () => {
    const markup = html(() => (
      <TextArea id="a" label="Antwort" value="" onInput={noop} errorText="Bitte antworten Sie." />
    ));
    expect(markup).toContain(
      '<p id="a-error" class="field-error"><span class="visually-hidden">Fehler: </span>Bitte antworten Sie.</p>',
    );
    expect(attributesOf(markup, "a")).toMatchObject({
      "aria-invalid": "true",
      "aria-describedby": "a-error",
    });
  });

  it("points to texts outside the field and can be wrong there", () => {
    const markup = html(() => (
      <FileInput id="f" label="Datei" onChange={noop} describedBy="f-rules" invalid capture="environment" />
    ));
    expect(attributesOf(markup, "f")).toMatchObject({
      "aria-describedby": "f-rules",
      "aria-invalid": "true",
      capture: "environment",
    });
    // The red bar stands beside the error's text, outside.
    expect(markup).not.toContain("field-error");
    expect(markup).not.toContain("field-invalid");
  });

  it("a short input for numbers, and a licence plate in capitals without spelling correction", () => {
    const markup = html(() => (
      <TextInput
        id="k"
        label="Kennzeichen"
        value=""
        onInput={noop}
        short
        spellcheck={false}
        autocapitalize="characters"
        class="plate-field"
      />
    ));
    expect(attributesOf(markup, "k")).toMatchObject({
      class: "form-input form-input-short",
      spellcheck: "false",
      autocapitalize: "characters",
    });
    expect(markup).toMatch(/^<div class="field plate-field">/);
  });
});

describe("the kit's other fields", () => {
  it("a password field hides the password and offers to show it", () => {
    const markup = html(() => <PasswordInput id="pw" label="Passwort" value="" onInput={noop} />);
    expect(attributesOf(markup, "pw").type).toBe("password");
    expect(markup).toMatch(/aria-controls="pw"[^>]*>Passwort anzeigen/);
  });

  it("a date field is a native date input", () => {
    const markup = html(() => (
      <DateInput id="d" label="Datum" value="2026-12-05" onInput={noop} min="2026-01-01" />
    ));
    expect(attributesOf(markup, "d")).toMatchObject({ type: "date", value: "2026-12-05", min: "2026-01-01" });
  });

  it("a textarea carries the same ARIA as an input", () => {
    const markup = html(() => <TextArea id="t" label="Text" value="" onInput={noop} error="e" required />);
    expect(attributesOf(markup, "t")).toMatchObject({
      "aria-invalid": "true",
      "aria-required": "true",
      "aria-describedby": "t-error",
    });
  });

  it("a select marks the chosen option, also inside groups", () => {
    const markup = html(() => (
      <SelectInput
        id="s"
        label="Kategorie"
        value="b"
        onChange={noop}
        options={[{ value: "", label: "Bitte wählen" }]}
        groups={[
          {
            label: "G",
            options: [
              { value: "a", label: "A" },
              { value: "b", label: "B" },
            ],
          },
        ]}
      />
    ));
    expect(markup).toContain('<label for="s">Kategorie');
    expect(markup).toMatch(/<optgroup label="G"><option value="a">A<\/option><option value="b" selected/);
  });

  it("a file field has its label, hint and accepted types", () => {
    const markup = html(() => (
      <FileInput id="f" label="Datei" hint="PDF" accept="application/pdf" onChange={noop} error="e" />
    ));
    expect(attributesOf(markup, "f")).toMatchObject({
      type: "file",
      accept: "application/pdf",
      "aria-describedby": "f-hint f-error",
      "aria-invalid": "true",
    });
  });

  it("a select can be short and unavailable while a write runs", () => {
    const markup = html(() => (
      <SelectInput
        id="z"
        label="Von"
        value="10"
        onChange={noop}
        options={[{ value: "10", label: "10" }]}
        short
        disabled
      />
    ));
    expect(attributesOf(markup, "z")).toMatchObject({ class: "form-input form-input-short" });
    expect(attributesOf(markup, "z")).toHaveProperty("disabled");
  });

  it("a time field is a short native time input with its label and error", () => {
    const markup = html(() => (
      <TimeInput id="t" label="Bis" value="13:00" onChange={noop} error="merchant.x" />
    ));
    expect(markup).toContain('<label for="t">Bis');
    expect(attributesOf(markup, "t")).toMatchObject({
      type: "time",
      value: "13:00",
      class: "form-input form-input-short",
      "aria-invalid": "true",
      "aria-describedby": "t-error",
    });
  });

  it("a row holds several fields side by side, each with its own label", () => {
    const markup = html(() => (
      <FieldRow class="r">
        <TimeInput id="a" label="Von" value="" onChange={noop} />
        <TimeInput id="b" label="Bis" value="" onChange={noop} />
      </FieldRow>
    ));
    expect(markup).toMatch(/^<div class="field-row r"><div class="field"><label for="a">Von/);
    expect(markup).toContain('<label for="b">Bis');
  });
});
