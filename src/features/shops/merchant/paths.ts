// Addresses of the merchant's pages and of the public entry page they link to.
export const MERCHANT_PATH = "/einkaufen/haendler";
export const NEW_ENTRY_PATH = "/einkaufen/haendler/neu";
export const editPath = (id: string) => `${MERCHANT_PATH}/${encodeURIComponent(id)}`;
export const publicPath = (id: string) => `/einkaufen/${encodeURIComponent(id)}`;
export const claimPath = (id: string) => `/einkaufen/${encodeURIComponent(id)}/beanspruchen`;
