// Facts about accounts that pages need without loading zod (see limits.ts).
export const ROLES = ["citizen", "staff", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** The departments staff work in; a message in a postbox names the one that sent it. */
export const DEPARTMENTS = [
  "buergerbuero",
  "bauamt",
  "ordnungsamt",
  "wirtschaft",
  "sozialamt",
  "steueramt",
  "abfall",
  // Stadtwerke Delmenhorst: not a city department, but defect reports (street lighting, water, bus
  // stops) are forwarded to their staff, who work in the same console.
  "stadtwerke",
  // The council office (Ratsbüro): meetings' streams and citizens' information events.
  "rat",
] as const;
export type Department = (typeof DEPARTMENTS)[number];

/**
 * none: email not yet confirmed; basic: email confirmed; verified: identity checked in person at the
 * citizens' office (or, later, through an identity provider such as BundID).
 */
export const TRUST_LEVELS = ["none", "basic", "verified"] as const;
export type TrustLevel = (typeof TRUST_LEVELS)[number];

// NIST SP 800-63B: at least 8, allow long passphrases; we ask for 10.
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

/** Uploads to "My documents" and postbox attachments. */
export const FILE_MAX_BYTES = 10 * 1024 * 1024;
export const DOCUMENT_MEDIA_TYPES = ["application/pdf", "image/jpeg", "image/png"] as const;
export const ATTACHMENT_MEDIA_TYPES = ["application/pdf"] as const;
