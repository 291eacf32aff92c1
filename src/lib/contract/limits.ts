// Limits shared by browser and server, free of zod so pages can use them without the schemas.
export const FEEDBACK_MAX_COMMENT = 1000;
