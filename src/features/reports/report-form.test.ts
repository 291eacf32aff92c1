import { describe, expect, it } from "vitest";
import { newReportSchema } from "../../lib/contract/reports";
import { CITY_CENTRE } from "../map/pin";
import { checkReport, formatMetres, newReport, photoProblem, type ReportDraft } from "./report-form";

const photo = (type: string, size = 1000) => new File([new Uint8Array(size)], "defect.jpg", { type });
const draft = (changes: Partial<ReportDraft> = {}): ReportDraft => ({
  category: "street-lighting",
  pin: CITY_CENTRE,
  place: "",
  description: "",
  email: "",
  photos: [],
  ...changes,
});

describe("the report form's checks", () => {
  it("accepts a category and a pin in the city, and says what is missing otherwise", () => {
    expect(checkReport(draft())).toEqual({});
    expect(checkReport(draft({ category: "", pin: null }))).toEqual({
      category: "reports.form.errors.category",
      position: "reports.form.errors.position",
    });
  });

  it("refuses a pin outside Delmenhorst (Bremen's market square)", () => {
    expect(checkReport(draft({ pin: { lat: 53.0758, lon: 8.8072 } }))).toEqual({
      position: "reports.form.errors.outside",
    });
  });

  it("refuses a fourth photo, a photo the server cannot read and a wrong email", () => {
    const four = [1, 2, 3, 4].map(() => photo("image/jpeg"));
    expect(checkReport(draft({ photos: four })).photos).toBe("reports.form.errors.photoCount");
    expect(checkReport(draft({ photos: [photo("image/heic")] })).photos).toBe(
      "reports.form.errors.photoType",
    );
    expect(checkReport(draft({ email: "name@" })).email).toBe("reports.form.errors.email");
    expect(checkReport(draft({ email: " name@example.de " })).email).toBeUndefined();
  });

  it("names the problem of a photo before it is added", () => {
    expect(photoProblem(photo("image/png"))).toBeUndefined();
    expect(photoProblem(photo("application/pdf"))).toBe("reports.form.errors.photoType");
    expect(photoProblem({ type: "image/jpeg", size: 6 * 1024 * 1024 })).toBe("reports.form.errors.photoSize");
  });
});

describe("the report sent", () => {
  it("fits the contract, without empty optional fields", () => {
    const body = newReport(draft({ place: "  Lange Straße 8 ", email: "" }), CITY_CENTRE, "graffiti", "tr");
    expect(newReportSchema.safeParse(body).success).toBe(true);
    expect(body).toMatchObject({
      category: "graffiti",
      address: "Lange Straße 8",
      email: null,
      language: "tr",
    });
  });
});

describe("the distance in words", () => {
  it("formats metres in the page's language", () => {
    expect(formatMetres(12.6, "de")).toBe("13");
  });
});
