// Starts the server: config, database (migrated, seeded on first start), HTTP, the NINA poller and
// the push engine, and a graceful shutdown of all of them.
import { serve } from "@hono/node-server";
import { type Logger, pino } from "pino";
import { createApp } from "./app";
import { type Config, ConfigError, loadConfig } from "./config";
import { backupDatabase, type Db, openDatabase } from "./db/database";
import { storageMonitorOf } from "./db/storage";
import { announceFirstAdminLink } from "./features/auth/first-admin";
import { removeStaleParts } from "./features/applications/resumable";
import { removeStaleUploads } from "./features/applications/service";
import { startAppointmentHousekeeping } from "./features/appointments/reminders";
import {
  seedBookingRulesOnce,
  seedEasySummariesOnce,
  seedGuideLanguagesOnce,
  seedGuideOnFirstStart,
} from "./features/guide/seed";
import { seedMapOnFirstStart } from "./features/map/seed";
import { seedBusinessOnFirstStart } from "./features/business/seed";
import { removeAnsweredConsultations } from "./features/business/store";
import { pruneExpiredOffers } from "./features/shops/service";
import { seedShopsOnFirstStart } from "./features/shops/seed";
import { seedCouncilOnFirstStart } from "./features/council/seed";
import { sendWeeklyCouncilMail } from "./features/council/weekly-mail";
import { startCouncilPoller } from "./features/council/poller";
import { enqueueDueStreamReminders } from "./features/council/stream-reminders";
import { seedCouncilStreamsOnce } from "./features/council/streams-seed";
import { importAllSources } from "./features/map/service";
import { pruneTileCache } from "./integrations/tiles";
import { closeHubOf } from "./platform/hub/hub";
import { deleteExpiredChats } from "./features/chat/service";
import { createPushEngine } from "./features/push/engine";
import { createPushServicePolicy } from "./features/push/push-services";
import { createVapidSigner, loadVapidKeys, type VapidKeys } from "./features/push/vapid";
import { startWarningPoller } from "./features/warnings/poller";
import { enqueueDueReminders } from "./features/waste/reminders";
import { refreshAllDistricts } from "./features/waste/service";
import { seedWasteOnFirstStart } from "./features/waste/seed";
import { seedReportsOnFirstStart } from "./features/reports/seed";
import { publishOwnReportsOnce } from "./features/reports/feed";
import { createMailer, type Mailer } from "./mail/mailer";

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = pino({ level: config.logLevel });
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  logger.info(
    { database: config.databaseUrl ? "postgresql" : `sqlite in ${config.dataDir}` },
    "database ready",
  );
  if (await seedGuideOnFirstStart(db)) logger.info("services guide: sample content loaded");
  if (await seedMapOnFirstStart(db)) logger.info("map layers: sample features loaded");
  if (await seedBusinessOnFirstStart(db)) logger.info("business support: providers and programmes loaded");
  if (await seedShopsOnFirstStart(db)) logger.info("shop directory: sample entries loaded");
  if (await seedCouncilOnFirstStart(db)) logger.info("council: sample meetings and papers loaded");
  if (await seedCouncilStreamsOnce(db)) logger.info("council: sample info event and streams loaded");
  if (await seedWasteOnFirstStart(db)) logger.info("waste calendar: sample districts and streets loaded");
  if (await seedReportsOnFirstStart(db)) logger.info("defect reports: sample reports loaded");
  const ownReports = await publishOwnReportsOnce(db);
  if (ownReports > 0)
    logger.info({ entries: ownReports }, "defect reports: residents' own reports put into their feeds");
  const bookingRules = await seedBookingRulesOnce(db);
  if (bookingRules > 0) logger.info({ entries: bookingRules }, "services guide: sample booking rules added");
  const easySummaries = await seedEasySummariesOnce(db);
  if (easySummaries > 0)
    logger.info({ entries: easySummaries }, "services guide: summaries in Leichte Sprache added");
  const guideLanguages = await seedGuideLanguagesOnce(db);
  if (guideLanguages > 0)
    logger.info({ entries: guideLanguages }, "services guide: sample texts in more languages added");
  if (config.swKillSwitch)
    logger.warn("SW_KILL_SWITCH is set: clients' service workers will remove themselves");

  const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, logger });
  if (mailer.kind === "log") {
    logger.warn("SMTP_URL is not set: mails are not sent but printed here (development only)");
  }
  await announceFirstAdminLink(db, config.appOrigin, config.dataDir);

  const vapidKeys = loadVapidKeys(config);
  // Jobs written by any process of the deployment are sent by the one that runs the engine.
  const background = config.backgroundJobs
    ? startBackgroundJobs(db, config, logger, vapidKeys, mailer)
    : null;
  if (!background) {
    logger.info("BACKGROUND_JOBS=0: NINA poller, push engine and reminders run in another process");
  }

  const app = createApp({ db, config, logger, mailer, vapidPublicKey: vapidKeys.publicKey });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    logger.info(`Delmenhorst App listening on http://localhost:${info.port}`);
  });

  let stopping = false;
  const stop = (signal: string, exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    // Open requests finish; after 10 s we stop anyway.
    const force = setTimeout(() => process.exit(1), 10_000).unref();
    server.close(async () => {
      stopStorageWatch();
      await background?.stop();
      await closeHubOf(db);
      await db
        .destroy()
        .catch((error: unknown) => logger.error({ err: error }, "closing the database failed"));
      clearTimeout(force);
      process.exit(exitCode);
    });
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
  // A SQLite file that takes no more writes (read-only, immutable) does not heal by itself: stop
  // with an error for the supervisor to restart us, which then names the cause at the start.
  const stopStorageWatch = storageMonitorOf(db, logger).watch(5_000, (problem) => {
    logger.fatal({ code: problem.code, detail: problem.detail }, "the database takes no writes; stopping");
    stop("storage", 1);
  });
  // The SQLite file is held exclusively, so `sqlite3 .backup` cannot read it: SIGUSR2 writes a copy.
  process.on("SIGUSR2", () => {
    backupDatabase(db, config.dataDir).then(
      (file) =>
        file
          ? logger.info({ file }, "database backup written")
          : logger.warn("SIGUSR2: no SQLite database to back up (use pg_dump for PostgreSQL)"),
      (error: unknown) => logger.error({ err: error }, "database backup failed"),
    );
  });
}

/**
 * The NINA poller, the push engine, the appointment calendar's housekeeping (reminders), and the
 * removal of application uploads nobody submitted.
 */
function startBackgroundJobs(db: Db, config: Config, logger: Logger, vapidKeys: VapidKeys, mailer: Mailer) {
  const pushEngine = createPushEngine({
    db,
    logger: logger.child({ module: "push" }),
    vapid: createVapidSigner(vapidKeys, config.vapidSubject),
    services: createPushServicePolicy(config.pushServiceHosts),
  });
  pushEngine.start();
  const poller = startWarningPoller({ db, config, logger });
  if (config.ninaPollSeconds === 0) logger.warn("NINA_POLL_SECONDS=0: official warnings are not fetched");
  // The council information system (OParl): imported only where OPARL_SYSTEM_URL is set.
  const councilPoller = startCouncilPoller({ db, config, logger });
  if (!config.oparlSystemUrl)
    logger.info("OPARL_SYSTEM_URL is not set: the council shows its sample content");
  const housekeeping = startAppointmentHousekeeping({
    db,
    mailer,
    logger: logger.child({ module: "appointments" }),
    appOrigin: config.appOrigin,
  });
  // Uploads no application took within a week (a draft given up): hourly.
  const uploadsTimer = setInterval(() => {
    const weekAgo = new Date(Date.now() - 7 * 24 * 3600_000).toISOString();
    Promise.all([removeStaleUploads(db), removeStaleParts(db, weekAgo)])
      .then(([files, parts]) => files + parts)
      .then(
        (removed) => removed > 0 && logger.info({ removed }, "stale application uploads removed"),
        (error: unknown) => logger.error({ err: error }, "removing stale uploads failed"),
      );
  }, 3600_000);
  // Map layers with a configured source (OGC API Features, WFS, GeoJSON): refreshed every six hours;
  // basemap resources nobody asked for in 30 days leave the tile proxy's disk cache.
  const mapLog = logger.child({ module: "map" });
  const mapImportTimer = setInterval(() => {
    importAllSources(db, (layer, outcome) =>
      outcome instanceof Error
        ? mapLog.warn({ layer, reason: outcome.message }, "layer import failed; old data kept")
        : mapLog.info({ layer, ...outcome }, "layer imported"),
    ).catch((error: unknown) => mapLog.error({ err: error }, "layer imports failed"));
    pruneTileCache(config.mapCacheDir, 30 * 24 * 3600_000).then(
      (removed) => removed > 0 && mapLog.info({ removed }, "unused basemap resources removed from the cache"),
      (error: unknown) => mapLog.error({ err: error }, "pruning the tile cache failed"),
    );
  }, 6 * 3600_000);
  // Offers and events of merchants whose last day has passed leave the directory: hourly (so within
  // an hour after midnight); devices hide them from the day after `endsOn` in any case. Answered
  // consultation requests leave a year after they came in.
  const shopsLog = logger.child({ module: "shops" });
  const offersTimer = setInterval(() => {
    pruneExpiredOffers(db, new Date()).then(
      (removed) => removed > 0 && shopsLog.info({ removed }, "expired offers removed"),
      (error: unknown) => shopsLog.error({ err: error }, "removing expired offers failed"),
    );
    removeAnsweredConsultations(db, new Date(Date.now() - 365 * 24 * 3600_000).toISOString()).then(
      (removed) => removed > 0 && shopsLog.info({ removed }, "answered consultation requests removed"),
      (error: unknown) => shopsLog.error({ err: error }, "removing consultation requests failed"),
    );
  }, 3600_000);
  // Chats that ended CHAT_RETENTION_DAYS ago (and answered cases) leave, unless saved to a postbox: hourly.
  const chatLog = logger.child({ module: "chat" });
  const chatTimer = setInterval(() => {
    deleteExpiredChats(db, config.chatRetentionDays, Date.now()).then(
      (removed) =>
        removed.conversations + removed.cases > 0 && chatLog.info(removed, "expired chats removed"),
      (error: unknown) => chatLog.error({ err: error }, "removing expired chats failed"),
    );
  }, 3600_000);
  // Waste districts with a source address: their iCalendar files fetched daily (a broken one keeps
  // the last good dates; the console shows the failure).
  const wasteLog = logger.child({ module: "waste" });
  const wasteTimer = setInterval(() => {
    refreshAllDistricts(db, new Date(), (district, outcome) =>
      outcome instanceof Error
        ? wasteLog.warn(
            { district, reason: outcome.message },
            "waste calendar import failed; last good dates kept",
          )
        : wasteLog.info({ district, days: outcome.days }, "waste calendar imported"),
    ).catch((error: unknown) => wasteLog.error({ err: error }, "waste calendar imports failed"));
  }, 24 * 3600_000);
  // The council alerts' weekly mail: a look every hour, sent once a week from Monday 08:00 Berlin time.
  const councilAlertLog = logger.child({ module: "council-alerts" });
  const councilMailTimer = setInterval(() => {
    sendWeeklyCouncilMail(
      db,
      { mailer, logger: councilAlertLog, appOrigin: config.appOrigin },
      new Date(),
    ).then(
      (sent) => sent > 0 && councilAlertLog.info({ sent }, "council weekly mails sent"),
      (error: unknown) => councilAlertLog.error({ err: error }, "council weekly mail failed"),
    );
  }, 3600_000);
  // Reminders of collection days the evening before: a look every minute (each is written once).
  const wasteReminderTimer = setInterval(() => {
    enqueueDueReminders(db, new Date()).then(
      (written) => written > 0 && wasteLog.info({ written }, "waste reminders written"),
      (error: unknown) => wasteLog.error({ err: error }, "waste reminders failed"),
    );
  }, 60_000);
  // "Erinnern" before a streamed council meeting: a look every minute (each is written once).
  const councilLog = logger.child({ module: "council" });
  const streamReminderTimer = setInterval(() => {
    enqueueDueStreamReminders(db, new Date()).then(
      (written) => written > 0 && councilLog.info({ written }, "stream reminders written"),
      (error: unknown) => councilLog.error({ err: error }, "stream reminders failed"),
    );
  }, 60_000);
  return {
    // The poller's requests are aborted; the engine finishes and records the messages in flight.
    stop: () => {
      clearInterval(chatTimer);
      clearInterval(councilMailTimer);
      clearInterval(streamReminderTimer);
      clearInterval(wasteTimer);
      clearInterval(wasteReminderTimer);
      clearInterval(uploadsTimer);
      clearInterval(mapImportTimer);
      clearInterval(offersTimer);
      return Promise.all([poller.stop(), pushEngine.stop(), housekeeping.stop(), councilPoller.stop()]);
    },
  };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
