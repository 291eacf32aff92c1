// The funding finder's rules: the status shown is computed for today in Delmenhorst (never the
// stored one alone), and the list filters by that status and by the level of government.
import {
  FUNDING_LEVELS,
  FUNDING_STATUSES,
  type FundingProgramme,
  type FundingStatus,
  fundingStatusOn,
} from "../../lib/contract/business";

export type FundingLevel = (typeof FUNDING_LEVELS)[number];
export type ShownProgramme = { programme: FundingProgramme; status: FundingStatus };
export type FundingFilter = { status: FundingStatus | undefined; level: FundingLevel | undefined };

export const isFundingStatus = (value: unknown): value is FundingStatus =>
  FUNDING_STATUSES.some((status) => status === value);
export const isFundingLevel = (value: unknown): value is FundingLevel =>
  FUNDING_LEVELS.some((level) => level === value);

const STATUS_ORDER: Record<FundingStatus, number> = { open: 0, announced: 1, closed: 2 };

/** Open programmes first (what can be applied for now), then announced, then closed; by name within. */
export function findProgrammes(
  programmes: readonly FundingProgramme[],
  filter: FundingFilter,
  today: string,
  locale: string,
): ShownProgramme[] {
  const collator = new Intl.Collator(locale);
  return programmes
    .map((programme) => ({ programme, status: fundingStatusOn(programme, today) }))
    .filter(({ programme, status }) => {
      if (filter.status && status !== filter.status) return false;
      return !filter.level || programme.level === filter.level;
    })
    .sort(
      (a, b) =>
        STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
        collator.compare(a.programme.name, b.programme.name),
    );
}
