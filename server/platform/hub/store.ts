// The hub's SQL (PostgreSQL only): NOTIFY to every process, LISTEN on a connection of its own.
import type pg from "pg";
import { sql } from "kysely";
import type { Db } from "../../db/database";

/** Wakes every process LISTENing on the channel, after the caller's transaction committed. */
export const notify = async (db: Db, channel: string, payload: string) => {
  await sql`select pg_notify(${channel}, ${payload})`.execute(db);
};

/** The channel is a constant of the hub, never input: LISTEN takes no parameters. */
export const listen = async (client: pg.Client, channel: string) => {
  await client.query(`LISTEN ${channel}`);
};
