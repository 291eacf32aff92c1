// Where a verified identity comes from. Today staff check an ID document in person at the citizens'
// office ("in-person"). BundID (SAML 2.0, trust levels "substantiell"/"hoch") can be added as a
// second provider: its SAML assertion handler builds a VerifiedIdentity and calls applyIdentity.
import type { Db } from "../../db/database";
import { updateAccount } from "./store";

export type IdentityProviderId = "in-person" | "bundid";

/** Attributes a provider vouches for; they replace the self-declared master data. */
export type VerifiedIdentity = {
  provider: IdentityProviderId;
  /** Who or what vouched: a staff account id (in-person) or the provider's subject id. */
  verifiedBy: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  street: string;
  postalCode: string;
  city: string;
};

export interface IdentityProvider {
  readonly id: IdentityProviderId;
  /** Turns the provider's proof into attributes, or throws when the proof does not hold. */
  verify(proof: unknown): Promise<VerifiedIdentity>;
}

/** Raises the account to trust level "verified" with the attributes the provider vouched for. */
export async function applyIdentity(db: Db, accountId: string, identity: VerifiedIdentity): Promise<void> {
  await updateAccount(db, accountId, {
    given_name: identity.givenName,
    family_name: identity.familyName,
    birth_date: identity.birthDate,
    street: identity.street,
    postal_code: identity.postalCode,
    city: identity.city,
    identity_provider: identity.provider,
    identity_verified_by: identity.verifiedBy,
    identity_verified_at: new Date().toISOString(),
  });
}
