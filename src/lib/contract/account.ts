// The citizen account and the staff console as they travel between browser and server: request
// bodies (strict) and the records of the personal change feed (not strict: newer servers add fields).
import { DEPARTMENTS, PASSWORD_MAX, PASSWORD_MIN, ROLES, TRUST_LEVELS } from "./account-constants";
import { UI_LANGUAGES } from "./languages";
import { z } from "./zod";

export * from "./account-constants";

const email = z
  .email()
  .max(254)
  .transform((value) => value.trim().toLowerCase());
const password = z.string().min(PASSWORD_MIN).max(PASSWORD_MAX);
const name = z.string().trim().min(1).max(100);
const isoDate = z.iso.date();
const token = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, "not a link token");
const reason = z.string().trim().min(5).max(500);

export const addressSchema = z.object({
  street: z.string().trim().min(3).max(150),
  postalCode: z.string().regex(/^\d{5}$/, "five digits"),
  city: z.string().trim().min(2).max(100),
});

export const signUpSchema = z.strictObject({
  email,
  password,
  givenName: name,
  familyName: name,
  birthDate: isoDate,
  ...addressSchema.shape,
  /** What the app writes to this person comes in this language (mails, pushes, postbox texts). */
  language: z.enum(UI_LANGUAGES),
});
export type SignUp = z.input<typeof signUpSchema>;

export const signInSchema = z.strictObject({
  email,
  password: z.string().min(1).max(PASSWORD_MAX),
  /** Stay signed in on this device; off on shared devices and public terminals. */
  remember: z.boolean(),
});
export type SignIn = z.input<typeof signInSchema>;

export const emailOnlySchema = z.strictObject({ email });
export const tokenOnlySchema = z.strictObject({ token });
export const newPasswordSchema = z.strictObject({ token, password });
export const adminSetupSchema = z.strictObject({ token, email, password, givenName: name, familyName: name });
export const passwordConfirmSchema = z.strictObject({ password: z.string().min(1).max(PASSWORD_MAX) });

export const accountSummarySchema = z.object({
  id: z.string(),
  email: z.string(),
  role: z.enum(ROLES),
  department: z.enum(DEPARTMENTS).nullable(),
  trustLevel: z.enum(TRUST_LEVELS),
  givenName: z.string(),
  familyName: z.string(),
});
export type AccountSummary = z.infer<typeof accountSummarySchema>;

/** GET /api/auth/session: who is signed in, and the token every state-changing request carries. */
export const sessionInfoSchema = z.object({
  account: accountSummarySchema.nullable(),
  csrfToken: z.string(),
});
export type SessionInfo = z.infer<typeof sessionInfoSchema>;

// ---- The personal change feed: collections "profile", "documents", "postbox" ----

/** A street of the waste calendar's street table (its id) and a house number as typed ("12a"). */
export const wasteAddressSchema = z.object({
  streetId: z.string().min(1).max(200),
  houseNumber: z.string().trim().min(1).max(20),
});
export type WasteAddressOfAccount = z.infer<typeof wasteAddressSchema>;

export const profileSchema = z.object({
  id: z.string(),
  email: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  birthDate: z.string().nullable(),
  street: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  phone: z.string().nullable(),
  /** What the app writes to this person comes in this language; absent in records synced before it was. */
  language: z.enum(UI_LANGUAGES).optional(),
  /** The address picked for the waste calendar, so a new device knows it; absent in older records. */
  wasteAddress: wasteAddressSchema.nullable().optional(),
  trustLevel: z.enum(TRUST_LEVELS),
  identityVerifiedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type Profile = z.infer<typeof profileSchema>;

export const fileRefSchema = z.object({
  id: z.string(),
  name: z.string(),
  mediaType: z.string(),
  size: z.number(),
});
export type FileRef = z.infer<typeof fileRefSchema>;

export const documentSchema = fileRefSchema.extend({ createdAt: z.string() });
export type AccountDocument = z.infer<typeof documentSchema>;

export const MESSAGE_KINDS = ["message", "decision"] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export const postboxMessageSchema = z.object({
  id: z.string(),
  kind: z.enum(MESSAGE_KINDS),
  subject: z.string(),
  body: z.string(),
  senderDepartment: z.enum(DEPARTMENTS),
  createdAt: z.string(),
  /** When the citizen first opened it; a decision counts as delivered from then. */
  openedAt: z.string().nullable(),
  attachments: z.array(fileRefSchema),
});
export type PostboxMessage = z.infer<typeof postboxMessageSchema>;

export const PHONE_PATTERN = /^\+?[0-9 ()/-]{6,30}$/;
export const contactUpdateSchema = z.strictObject({
  phone: z.string().trim().regex(PHONE_PATTERN, "a phone number").nullable(),
});
export type ContactUpdate = z.infer<typeof contactUpdateSchema>;

/** PATCH /api/account/language: the language of mails, pushes and postbox texts to this person. */
export const languageUpdateSchema = z.strictObject({ language: z.enum(UI_LANGUAGES) });
export type LanguageUpdate = z.infer<typeof languageUpdateSchema>;

/** PATCH /api/account/waste-address: the waste calendar's address kept on the account (null: forget it). */
export const wasteAddressUpdateSchema = z.strictObject({
  wasteAddress: wasteAddressSchema.strict().nullable(),
});
export type WasteAddressUpdate = z.infer<typeof wasteAddressUpdateSchema>;

export const passkeySchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
export type Passkey = z.infer<typeof passkeySchema>;

// The browser's answers to navigator.credentials.create()/get() in their JSON form (WebAuthn L3
// toJSON()); the signatures inside are checked by @simplewebauthn/server.
const b64url = z
  .string()
  .regex(/^[A-Za-z0-9_-]*$/)
  .max(16_384);
const TRANSPORTS = ["ble", "cable", "hybrid", "internal", "nfc", "smart-card", "usb"] as const;
const credentialBase = {
  id: b64url,
  rawId: b64url,
  type: z.literal("public-key"),
  clientExtensionResults: z.record(z.string(), z.unknown()),
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
};
export const registrationResponseSchema = z.object({
  ...credentialBase,
  response: z.object({
    clientDataJSON: b64url,
    attestationObject: b64url,
    authenticatorData: b64url.optional(),
    transports: z.array(z.enum(TRANSPORTS)).optional(),
    publicKeyAlgorithm: z.number().optional(),
    publicKey: b64url.optional(),
  }),
});
export const authenticationResponseSchema = z.object({
  ...credentialBase,
  response: z.object({
    clientDataJSON: b64url,
    authenticatorData: b64url,
    signature: b64url,
    userHandle: b64url.optional(),
  }),
});
export const passkeyRegistrationSchema = z.strictObject({
  challengeId: z.string().max(64),
  name: z.string().trim().min(1).max(60),
  response: registrationResponseSchema,
});
export const passkeyAuthenticationSchema = z.strictObject({
  challengeId: z.string().max(64),
  remember: z.boolean(),
  response: authenticationResponseSchema,
});

/**
 * The options of a WebAuthn ceremony and the id to answer with: what @simplewebauthn/server generates
 * (server/features/auth/passkeys.ts), in the shape of @simplewebauthn/browser's JSON types (the
 * page hands them to that library, whose types they must fit). Unknown extensions are dropped
 * rather than passed on unchecked.
 */
const userVerification = z.enum(["discouraged", "preferred", "required"]);
const hints = z.array(z.enum(["hybrid", "security-key", "client-device"])).optional();
const descriptor = z.object({
  id: b64url,
  type: z.string(),
  transports: z.array(z.string()).optional(),
});
const extensions = z.object({ credProps: z.boolean().optional() }).optional();
export const passkeyCreationOptionsSchema = z.object({
  rp: z.object({ id: z.string().optional(), name: z.string() }),
  user: z.object({ id: b64url, name: z.string(), displayName: z.string() }),
  challenge: b64url,
  pubKeyCredParams: z.array(z.object({ alg: z.number(), type: z.literal("public-key") })),
  timeout: z.number().optional(),
  excludeCredentials: z.array(descriptor).optional(),
  authenticatorSelection: z
    .object({
      authenticatorAttachment: z.enum(["cross-platform", "platform"]).optional(),
      requireResidentKey: z.boolean().optional(),
      residentKey: z.enum(["discouraged", "preferred", "required"]).optional(),
      userVerification: userVerification.optional(),
    })
    .optional(),
  hints,
  attestation: z.enum(["direct", "enterprise", "indirect", "none"]).optional(),
  extensions,
});
export const passkeyRequestOptionsSchema = z.object({
  challenge: b64url,
  timeout: z.number().optional(),
  rpId: z.string().optional(),
  allowCredentials: z.array(descriptor).optional(),
  userVerification: userVerification.optional(),
  hints,
  extensions,
});
export const passkeyRegistrationStartSchema = z.object({
  challengeId: z.string(),
  options: passkeyCreationOptionsSchema,
});
export const passkeyAuthenticationStartSchema = z.object({
  challengeId: z.string(),
  options: passkeyRequestOptionsSchema,
});

/** POST /api/auth/verify-email: the account as it is now, with its address confirmed. */
export const confirmedAccountSchema = z.object({ account: accountSummarySchema });

// ---- Staff console ----

export const citizenSearchSchema = z.strictObject({
  q: z.string().trim().min(2).max(100),
  reason,
});
export const reasonQuerySchema = z.strictObject({ reason });

export const citizenSummarySchema = z.object({
  id: z.string(),
  email: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  birthDate: z.string().nullable(),
  trustLevel: z.enum(TRUST_LEVELS),
});
export type CitizenSummary = z.infer<typeof citizenSummarySchema>;

export const citizenDetailSchema = profileSchema.extend({ createdAt: z.string() });
export type CitizenDetail = z.infer<typeof citizenDetailSchema>;

export const IDENTITY_DOCUMENTS = ["personalausweis", "reisepass", "aufenthaltstitel", "eid"] as const;

/** Staff confirm an identity in person and take name, birth date and address from the document. */
export const identityConfirmationSchema = z.strictObject({
  reason,
  documentType: z.enum(IDENTITY_DOCUMENTS),
  givenName: name,
  familyName: name,
  birthDate: isoDate,
  ...addressSchema.shape,
});
export type IdentityConfirmation = z.infer<typeof identityConfirmationSchema>;

/** The text fields of "send to postbox"; the PDF comes as the multipart part `attachment`. */
export const messageFormSchema = z.strictObject({
  reason,
  kind: z.enum(MESSAGE_KINDS),
  subject: z.string().trim().min(3).max(200),
  body: z.string().trim().min(1).max(20_000),
});

export const sentMessageSchema = z.object({
  id: z.string(),
  kind: z.enum(MESSAGE_KINDS),
  subject: z.string(),
  recipientName: z.string(),
  recipientId: z.string().nullable(),
  senderDepartment: z.enum(DEPARTMENTS),
  createdAt: z.string(),
  openedAt: z.string().nullable(),
});
export type SentMessage = z.infer<typeof sentMessageSchema>;

export const staffAccountSchema = z.object({
  id: z.string(),
  email: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  role: z.enum(ROLES),
  department: z.enum(DEPARTMENTS).nullable(),
  disabled: z.boolean(),
  createdAt: z.string(),
});
export type StaffAccount = z.infer<typeof staffAccountSchema>;

export const staffCreateSchema = z.strictObject({
  email,
  givenName: name,
  familyName: name,
  role: z.enum(["staff", "admin"]),
  department: z.enum(DEPARTMENTS).nullable(),
});
export const staffUpdateSchema = z.strictObject({
  role: z.enum(["staff", "admin"]),
  department: z.enum(DEPARTMENTS).nullable(),
  disabled: z.boolean(),
});

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string(),
  action: z.string(),
  subjectId: z.string().nullable(),
  reason: z.string().nullable(),
  details: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
