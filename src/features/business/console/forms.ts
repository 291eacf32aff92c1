// The console's forms for digital providers and funding programmes: text values to and from the
// API's writes, the contract's schemas as the check before sending (the server checks the same
// again), and the server's faults back on their fields. Errors are translation keys
// (business.console.errors.<field>).
import {
  DIGITAL_SERVICES,
  type DigitalProvider,
  type DigitalService,
  type FundingProgramme,
  type FundingStatus,
  fundingWriteSchema,
  providerWriteSchema,
} from "../../../lib/contract/business";
import type { ProblemFault } from "../../../lib/http";
import type { FieldErrors } from "../../../lib/field-errors";

type Level = FundingProgramme["level"];
type Status = FundingStatus;

export type ProviderForm = {
  id: string;
  name: string;
  services: DigitalService[];
  description: string;
  website: string;
  phone: string;
  email: string;
  address: string;
  sample: boolean;
};
export type ProviderField = Exclude<keyof ProviderForm, "sample">;
export const PROVIDER_FIELDS: readonly ProviderField[] = [
  "id",
  "name",
  "services",
  "description",
  "website",
  "phone",
  "email",
  "address",
];

export type ProgrammeForm = {
  id: string;
  name: string;
  provider: string;
  level: Level;
  targetGroup: string;
  funds: string;
  amount: string;
  deadline: string;
  startsOn: string;
  endsOn: string;
  status: Status;
  statusAsOf: string;
  url: string;
  sample: boolean;
};
export type ProgrammeField = Exclude<keyof ProgrammeForm, "sample">;
export const PROGRAMME_FIELDS: readonly ProgrammeField[] = [
  "id",
  "name",
  "provider",
  "level",
  "targetGroup",
  "funds",
  "amount",
  "startsOn",
  "deadline",
  "endsOn",
  "status",
  "statusAsOf",
  "url",
];

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const errorKey = (field: string) => `business.console.errors.${field}`;
const orNull = (value: string) => (value.trim() === "" ? null : value.trim());

/** A readable id from a name: "Beispiel: Ladenstart Innenstadt" -> "beispiel-ladenstart-innenstadt". */
export function slugOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+/, "")
    .slice(0, 64)
    .replace(/-+$/, "");
}

/** The id of a new entry: a slug nobody uses yet; an existing entry keeps its id. */
function idError(id: string, takenIds: ReadonlySet<string> | undefined): string | undefined {
  // "neu" is the address of the form for a new entry (/verwaltung/wirtschaft/anbieter/neu).
  if (!ID.test(id) || id === "neu") return errorKey("id");
  return takenIds?.has(id) ? errorKey("idTaken") : undefined;
}

/** The fields of each issue's first path segment that the form knows, in form order. */
function fieldsAtFault<F extends string>(paths: readonly unknown[], fields: readonly F[]): FieldErrors<F> {
  const errors: FieldErrors<F> = {};
  for (const field of fields) if (paths.includes(field)) errors[field] = errorKey(field);
  return errors;
}

/** Faults the server named ("status", "services.0"), on the form's fields; empty when none fits. */
export function faultErrors<F extends string>(
  faults: readonly ProblemFault[],
  fields: readonly F[],
): FieldErrors<F> {
  return fieldsAtFault(
    faults.map((fault) => fault.path.split(".")[0]),
    fields,
  );
}

export const emptyProvider = (): ProviderForm => ({
  id: "",
  name: "",
  services: [],
  description: "",
  website: "",
  phone: "",
  email: "",
  address: "",
  sample: false,
});

export const providerFormOf = (p: DigitalProvider): ProviderForm => ({
  ...p,
  services: [...p.services],
  website: p.website ?? "",
  phone: p.phone ?? "",
  email: p.email ?? "",
  address: p.address ?? "",
});

export type Checked<F extends string, W> =
  { ok: true; id: string; write: W } | { ok: false; errors: FieldErrors<F> };

export function checkProvider(
  form: ProviderForm,
  takenIds?: ReadonlySet<string>,
): Checked<ProviderField, Omit<DigitalProvider, "id">> {
  // In the contract's order of services, whatever order they were ticked in.
  const services = DIGITAL_SERVICES.filter((service) => form.services.includes(service));
  const result = providerWriteSchema.safeParse({
    name: form.name,
    services,
    description: form.description,
    website: orNull(form.website),
    phone: orNull(form.phone),
    email: orNull(form.email),
    address: orNull(form.address),
    sample: form.sample,
  });
  const errors: FieldErrors<ProviderField> = result.success
    ? {}
    : fieldsAtFault(
        result.error.issues.map((issue) => issue.path[0]),
        PROVIDER_FIELDS,
      );
  const id = idError(form.id, takenIds);
  if (id) errors.id = id;
  if (!result.success || id) return { ok: false, errors };
  return { ok: true, id: form.id, write: result.data };
}

export const emptyProgramme = (today: string): ProgrammeForm => ({
  id: "",
  name: "",
  provider: "",
  level: "city",
  targetGroup: "",
  funds: "",
  amount: "",
  deadline: "",
  startsOn: "",
  endsOn: "",
  status: "open",
  statusAsOf: today,
  url: "",
  sample: false,
});

export const programmeFormOf = (p: FundingProgramme): ProgrammeForm => ({
  ...p,
  deadline: p.deadline ?? "",
  startsOn: p.startsOn ?? "",
  endsOn: p.endsOn ?? "",
  url: p.url ?? "",
});

/** Also refuses "open" after the end or the deadline, as the server does (no re-opened programmes). */
export function checkProgramme(
  form: ProgrammeForm,
  today: string,
  takenIds?: ReadonlySet<string>,
): Checked<ProgrammeField, Omit<FundingProgramme, "id">> {
  const result = fundingWriteSchema.safeParse({
    name: form.name,
    provider: form.provider,
    level: form.level,
    targetGroup: form.targetGroup,
    funds: form.funds,
    amount: form.amount,
    deadline: orNull(form.deadline),
    startsOn: orNull(form.startsOn),
    endsOn: orNull(form.endsOn),
    status: form.status,
    statusAsOf: form.statusAsOf,
    url: orNull(form.url),
    sample: form.sample,
  });
  const errors: FieldErrors<ProgrammeField> = result.success
    ? {}
    : fieldsAtFault(
        result.error.issues.map((issue) => issue.path[0]),
        PROGRAMME_FIELDS,
      );
  const passed = [form.endsOn, form.deadline].some((day) => day !== "" && day < today);
  if (form.status === "open" && passed) errors.status = errorKey("status");
  const id = idError(form.id, takenIds);
  if (id) errors.id = id;
  if (!result.success || errors.status || id) return { ok: false, errors };
  return { ok: true, id: form.id, write: result.data };
}
