// Support for businesses on the device: the queries the pages use (the sync fills the tables, see
// ./collections.ts).
import { appDb } from "../../lib/db";

export const allProviders = () => appDb().digitalProviders.toArray();
export const allProgrammes = () => appDb().fundingProgrammes.toArray();
