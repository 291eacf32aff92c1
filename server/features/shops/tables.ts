// Delmenhorst Shopping: entries, claims, changes, revisions, photos (Kysely types; booleans 0/1, times ISO strings).

export interface ShopTable {
  id: string;
  /** The entry as the contract's Shop (JSON); for an entry not yet live, as the merchant made it. */
  record: string;
  /** 0 while a merchant's new entry waits for its first approval. */
  live: number;
  /** The verified merchant who keeps it. */
  owner_id: string | null;
  trust: string;
  osm_id: string | null;
  /** Number of its latest revision. */
  version: number;
  updated_at: string;
}

export interface ShopClaimTable {
  id: string;
  shop_id: string;
  account_id: string;
  role: string;
  phone: string;
  message: string;
  new_entry: number;
  state: string;
  reason: string | null;
  created_at: string;
  decided_at: string | null;
  decided_by: string | null;
}

export interface ShopChangeTable {
  id: string;
  shop_id: string;
  account_id: string;
  details: string;
  photo: string | null;
  state: string;
  reason: string | null;
  submitted_at: string;
  decided_at: string | null;
  decided_by: string | null;
}

export interface ShopRevisionTable {
  shop_id: string;
  version: number;
  record: string;
  by: string;
  author_id: string | null;
  note: string | null;
  created_at: string;
}

export interface ShopPhotoTable {
  id: string;
  shop_id: string;
  account_id: string | null;
  width: number;
  height: number;
  small: Uint8Array;
  large: Uint8Array;
  created_at: string;
}

/** The tables above, composed into `Database` in server/db/schema.ts. */
export interface ShopTables {
  shops: ShopTable;
  shop_claims: ShopClaimTable;
  shop_changes: ShopChangeTable;
  shop_revisions: ShopRevisionTable;
  shop_photos: ShopPhotoTable;
}
