// The district form's rules, as the server checks them (districtWriteSchema): a new id in lower case,
// a name, an https address or none, and the district's own bin words one a line ("weihnachtsbaum = bulky").
import { BIN_TYPES, type BinMapping, type BinType } from "../../../lib/contract/waste";

export type DistrictFields = { id: string; name: string; sourceUrl: string; mapping: string };
export type DistrictErrors = Partial<Record<keyof DistrictFields, string>>;

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const isBin = (value: string): value is BinType => (BIN_TYPES as readonly string[]).includes(value);

/** The mapping lines as the server's record, or the number of the first wrong line. */
export function parseMapping(text: string): BinMapping | null | { wrongLine: number } {
  const mapping: BinMapping = {};
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    if (line.trim() === "") continue;
    const [word = "", bin = "", ...rest] = line.split("=").map((part) => part.trim().toLowerCase());
    if (rest.length > 0 || word.length < 2 || word.length > 60 || !isBin(bin))
      return { wrongLine: index + 1 };
    mapping[word] = bin;
  }
  return Object.keys(mapping).length > 0 ? mapping : null;
}

export const mappingText = (mapping: BinMapping | null) =>
  Object.entries(mapping ?? {})
    .map(([word, bin]) => `${word} = ${bin}`)
    .join("\n");

export function checkDistrict(
  fields: DistrictFields,
  isNew: boolean,
  taken: readonly string[],
): DistrictErrors {
  const errors: DistrictErrors = {};
  if (isNew && !ID.test(fields.id)) errors.id = "staff.waste.form.idInvalid";
  else if (isNew && taken.includes(fields.id)) errors.id = "staff.waste.form.idTaken";
  if (fields.name.trim() === "") errors.name = "staff.waste.form.nameMissing";
  if (fields.sourceUrl.trim() !== "") {
    let ok = false;
    try {
      ok = new URL(fields.sourceUrl.trim()).protocol === "https:";
    } catch {
      ok = false;
    }
    if (!ok) errors.sourceUrl = "staff.waste.form.urlInvalid";
  }
  const mapping = parseMapping(fields.mapping);
  if (mapping && "wrongLine" in mapping) errors.mapping = "staff.waste.form.mappingInvalid";
  return errors;
}
