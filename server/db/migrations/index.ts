// Every migration in the order it runs, for SQLite and PostgreSQL. The key is the name Kysely records in
// kysely_migration, so it never changes; a new migration is a new file NNNN_<name>.ts added at the end.
import { type Kysely, type Migration, type MigrationProvider, Migrator } from "kysely";
import { migration as foundation } from "./0001_foundation";
import { migration as accounts } from "./0002_accounts";
import { migration as warningsAndPush } from "./0003_warnings_and_push";
import { migration as appointments } from "./0004_appointments";
import { migration as applications } from "./0005_applications";
import { migration as uploadChunks } from "./0006_upload_chunks";
import { migration as mapLayers } from "./0007_map_layers";
import { migration as shops } from "./0008_shops";
import { migration as pushTimeouts } from "./0009_push_timeouts";
import { migration as applicationDepartments } from "./0010_application_departments";
import { migration as chat } from "./0011_chat";
import { migration as chatOffice } from "./0012_chat_office";
import { migration as chatResidentSide } from "./0013_chat_resident_side";
import { migration as accessibilityFeedback } from "./0014_accessibility_feedback";
import { migration as translations } from "./0015_translations";
import { migration as chatAttachments } from "./0016_chat_attachments";
import { migration as chatPush } from "./0017_chat_push";
import { migration as signLanguageVideo } from "./0018_sign_language_video";
import { migration as council } from "./0019_council";
import { migration as wasteCalendar } from "./0020_waste_calendar";
import { migration as wasteReminderLanguage } from "./0021_waste_reminder_language";
import { migration as defectReports } from "./0022_defect_reports";
import { migration as councilFileTexts } from "./0023_council_file_texts";
import { migration as wasteAddressOnAccount } from "./0024_waste_address_on_account";
import { migration as councilStreams } from "./0025_council_streams";
import { migration as councilAlerts } from "./0026_council_alerts";
import { migration as councilPaperSearchTitle } from "./0027_council_paper_search_title";
import { migration as councilLegislativeTerms } from "./0028_council_legislative_terms";

export const migrations: Record<string, Migration> = {
  "0001_foundation": foundation,
  "0002_accounts": accounts,
  "0003_warnings_and_push": warningsAndPush,
  "0004_appointments": appointments,
  "0005_applications": applications,
  "0006_upload_chunks": uploadChunks,
  "0007_map_layers": mapLayers,
  "0008_shops": shops,
  "0009_push_timeouts": pushTimeouts,
  "0010_application_departments": applicationDepartments,
  "0011_chat": chat,
  "0012_chat_office": chatOffice,
  "0013_chat_resident_side": chatResidentSide,
  "0014_accessibility_feedback": accessibilityFeedback,
  "0015_translations": translations,
  "0016_chat_attachments": chatAttachments,
  "0017_chat_push": chatPush,
  "0018_sign_language_video": signLanguageVideo,
  "0019_council": council,
  "0020_waste_calendar": wasteCalendar,
  "0021_waste_reminder_language": wasteReminderLanguage,
  "0022_defect_reports": defectReports,
  "0023_council_file_texts": councilFileTexts,
  "0024_waste_address_on_account": wasteAddressOnAccount,
  "0025_council_streams": councilStreams,
  "0026_council_alerts": councilAlerts,
  "0027_council_paper_search_title": councilPaperSearchTitle,
  "0028_council_legislative_terms": councilLegislativeTerms,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

export async function migrateToLatest(db: Kysely<unknown>): Promise<void> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === "Error");
  if (error || failed) {
    throw new Error(`Migration ${failed?.migrationName ?? ""} failed: ${String(error)}`, { cause: error });
  }
}
