// The six online applications, as data for the form engine (application-definition.ts). Labels,
// hints and option texts live in src/locales/applications under forms.<type>. Fees are sample values
// until the city's fee schedule is confirmed (see README).
import type { ApplicationDefinition, ScalarField, TextField } from "./application-definition";

const text = (id: string, maxLength: number, extra: Partial<TextField> = {}): TextField => ({
  id,
  kind: "text",
  maxLength,
  required: true,
  ...extra,
});

const person: readonly ScalarField[] = [
  text("givenName", 100),
  text("familyName", 100),
  { id: "birthDate", kind: "date", required: true, maxDays: 0 },
];

export const ummeldung: ApplicationDefinition = {
  type: "ummeldung",
  version: 1,
  department: "buergerbuero",
  trustLevel: "verified",
  serviceId: "ummeldung",
  fee: { kind: "none" },
  titleField: "street",
  steps: [
    {
      id: "move",
      fields: [
        { id: "moveKind", kind: "choice", options: ["within", "into"], style: "radio", required: true },
        // Registration is due within two weeks of moving in (§ 17 BMG); it can be done a week ahead.
        { id: "moveDate", kind: "date", required: true, minDays: -365, maxDays: 7 },
      ],
    },
    {
      id: "newAddress",
      fields: [
        text("street", 150),
        text("postalCode", 5, { pattern: "delmenhorstPostalCode" }),
        { id: "dwelling", kind: "choice", options: ["main", "secondary"], style: "radio", required: true },
      ],
    },
    {
      id: "previousAddress",
      fields: [
        text("previousStreet", 150, { prefill: "street" }),
        text("previousPostalCode", 5, { pattern: "postalCode", prefill: "postalCode" }),
        text("previousCity", 100, { prefill: "city" }),
      ],
    },
    {
      id: "persons",
      fields: [{ id: "persons", kind: "list", min: 1, max: 10, itemFields: person, required: true }],
    },
    { id: "landlord", fields: [text("landlordName", 150)] },
    { id: "declaration", fields: [{ id: "truthful", kind: "checkbox", required: true }] },
  ],
  attachments: [
    {
      id: "landlordConfirmation",
      required: true,
      max: 2,
      accept: ["application/pdf", "image/jpeg", "image/png"],
    },
  ],
};

export const bauantrag: ApplicationDefinition = {
  type: "bauantrag",
  version: 1,
  department: "bauamt",
  trustLevel: "basic",
  serviceId: "bauantrag",
  fee: { kind: "variable" },
  titleField: "description",
  steps: [
    {
      id: "applicant",
      fields: [
        text("applicantGivenName", 100, { prefill: "givenName" }),
        text("applicantFamilyName", 100, { prefill: "familyName" }),
        text("applicantStreet", 150, { prefill: "street" }),
        text("applicantPostalCode", 5, { pattern: "postalCode", prefill: "postalCode" }),
        text("applicantCity", 100, { prefill: "city" }),
        text("applicantEmail", 254, { pattern: "email", prefill: "email" }),
        text("applicantPhone", 30, { pattern: "phone", prefill: "phone", required: false }),
      ],
    },
    {
      id: "designer",
      fields: [
        text("designerName", 150),
        {
          id: "designerQualification",
          kind: "choice",
          options: ["architect", "civilEngineer", "other"],
          style: "radio",
          required: true,
        },
        // Membership number of the chamber of architects or engineers (§ 53 NBauO).
        text("designerChamberNumber", 30, { required: false }),
        text("designerEmail", 254, { pattern: "email" }),
      ],
    },
    {
      id: "plot",
      fields: [
        text("plotStreet", 150),
        text("gemarkung", 60),
        { id: "flur", kind: "number", min: 1, max: 999, required: true },
        text("flurstueck", 10, { pattern: "flurstueck" }),
      ],
    },
    {
      id: "project",
      fields: [
        {
          id: "procedure",
          kind: "choice",
          // § 63 NBauO simplified, § 64 regular procedure, § 73 preliminary decision (Bauvorbescheid).
          options: ["simplified", "regular", "preliminary"],
          style: "radio",
          required: true,
        },
        {
          id: "projectKind",
          kind: "choice",
          options: ["newBuilding", "alteration", "extension", "changeOfUse", "demolition"],
          style: "select",
          required: true,
        },
        { id: "description", kind: "textarea", maxLength: 2000, required: true },
        {
          id: "buildingClass",
          kind: "choice",
          options: ["1", "2", "3", "4", "5"],
          style: "select",
          required: true,
        },
        { id: "estimatedCost", kind: "number", min: 0, max: 500_000_000, required: true },
      ],
    },
    { id: "declaration", fields: [{ id: "truthful", kind: "checkbox", required: true }] },
  ],
  attachments: [
    { id: "sitePlan", required: true, max: 2, accept: ["application/pdf"] },
    { id: "drawings", required: true, max: 10, accept: ["application/pdf"] },
    { id: "buildingDescription", required: true, max: 2, accept: ["application/pdf"] },
    {
      id: "structuralProof",
      required: { field: "procedure", equals: ["regular"] },
      max: 5,
      accept: ["application/pdf"],
    },
    { id: "photos", required: false, max: 10, accept: ["image/jpeg", "image/png"] },
  ],
};

export const gewerbeanmeldung: ApplicationDefinition = {
  type: "gewerbeanmeldung",
  version: 1,
  // The Ordnungsamt is the trade office (§ 14 GewO), as the guide says; the dwfg only advises.
  department: "ordnungsamt",
  trustLevel: "basic",
  serviceId: "gewerbe-anmelden",
  fee: { kind: "fixed", cents: 2600 },
  titleField: "businessName",
  steps: [
    {
      id: "business",
      fields: [
        text("businessName", 150),
        {
          id: "legalForm",
          kind: "choice",
          options: ["soleTrader", "gbr", "gmbh", "ug", "other"],
          style: "select",
          required: true,
        },
        { id: "activity", kind: "textarea", maxLength: 1000, required: true },
        { id: "startDate", kind: "date", required: true, minDays: -30, maxDays: 180 },
      ],
    },
    {
      id: "premises",
      fields: [
        text("businessStreet", 150),
        text("businessPostalCode", 5, { pattern: "delmenhorstPostalCode" }),
        { id: "employeesFullTime", kind: "number", min: 0, max: 10000, required: true },
        { id: "employeesPartTime", kind: "number", min: 0, max: 10000, required: true },
        { id: "needsPermit", kind: "choice", options: ["yes", "no"], style: "radio", required: true },
      ],
    },
    { id: "declaration", fields: [{ id: "truthful", kind: "checkbox", required: true }] },
  ],
  attachments: [
    {
      id: "permit",
      required: { field: "needsPermit", equals: ["yes"] },
      max: 3,
      accept: ["application/pdf", "image/jpeg", "image/png"],
    },
  ],
};

export const hundeanmeldung: ApplicationDefinition = {
  type: "hundeanmeldung",
  version: 1,
  // Dog tax is a municipal tax (NKAG § 3): the guide's Steueramt handles the registration.
  department: "steueramt",
  trustLevel: "basic",
  serviceId: "hundesteuer",
  fee: { kind: "none" },
  titleField: "dogName",
  steps: [
    {
      id: "dog",
      fields: [
        text("dogName", 60),
        text("breed", 100),
        { id: "dogBirthDate", kind: "date", required: true, maxDays: 0 },
        // Lower Saxony's dog act (NHundG) requires a chip for every dog older than six months.
        text("chipNumber", 15, { pattern: "chipNumber" }),
        { id: "keptSince", kind: "date", required: true, minDays: -365, maxDays: 0 },
      ],
    },
    {
      id: "insurance",
      fields: [
        text("insurer", 100),
        text("policyNumber", 40),
        { id: "truthful", kind: "checkbox", required: true },
      ],
    },
  ],
  attachments: [
    { id: "insuranceProof", required: true, max: 2, accept: ["application/pdf", "image/jpeg", "image/png"] },
  ],
};

export const bewohnerparken: ApplicationDefinition = {
  type: "bewohnerparken",
  version: 1,
  department: "ordnungsamt",
  trustLevel: "basic",
  serviceId: "bewohnerparkausweis",
  fee: { kind: "fixed", cents: 3070 },
  titleField: "licencePlate",
  steps: [
    {
      id: "vehicle",
      fields: [
        { id: "zone", kind: "choice", options: ["A", "B", "C"], style: "radio", required: true },
        text("licencePlate", 12, { pattern: "licencePlate" }),
        {
          id: "holder",
          kind: "choice",
          options: ["self", "employer", "leasing"],
          style: "radio",
          required: true,
        },
      ],
    },
    { id: "declaration", fields: [{ id: "truthful", kind: "checkbox", required: true }] },
  ],
  attachments: [
    {
      id: "registrationCertificate",
      required: true,
      max: 2,
      accept: ["application/pdf", "image/jpeg", "image/png"],
    },
    {
      id: "useConfirmation",
      required: { field: "holder", equals: ["employer", "leasing"] },
      max: 2,
      accept: ["application/pdf", "image/jpeg", "image/png"],
    },
  ],
};

export const anliegen: ApplicationDefinition = {
  type: "anliegen",
  version: 1,
  department: "buergerbuero",
  trustLevel: "basic",
  serviceId: null,
  fee: { kind: "none" },
  titleField: "subject",
  steps: [
    {
      id: "request",
      fields: [
        {
          id: "topic",
          kind: "choice",
          options: ["roads", "greenery", "waste", "noise", "other"],
          style: "radio",
          required: true,
        },
        text("subject", 120),
        { id: "message", kind: "textarea", maxLength: 4000, required: true },
        text("location", 150, { required: false }),
      ],
    },
  ],
  attachments: [
    { id: "photos", required: false, max: 5, accept: ["image/jpeg", "image/png", "application/pdf"] },
  ],
};

export const APPLICATION_DEFINITIONS: readonly ApplicationDefinition[] = [
  ummeldung,
  bauantrag,
  gewerbeanmeldung,
  hundeanmeldung,
  bewohnerparken,
  anliegen,
];

export const APPLICATION_TYPES = APPLICATION_DEFINITIONS.map((d) => d.type);

export const findDefinition = (type: string) => APPLICATION_DEFINITIONS.find((d) => d.type === type);

/** The online form of a guide service, if the app has one ("Jetzt online beantragen"). */
export const definitionForService = (serviceId: string) =>
  APPLICATION_DEFINITIONS.find((d) => d.serviceId === serviceId);
