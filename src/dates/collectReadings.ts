import { readChrono } from './readChrono.ts';
import { readDurations } from './readDurations.ts';
import { readPeriodsOfUnits } from './readPeriodsOfUnits.ts';
import { readEve } from './readEve.ts';
import { readEveOfHoliday } from './readEveOfHoliday.ts';
import { readClippedYears } from './readClippedYears.ts';
import { readCompounds } from './readCompounds.ts';
import { readCompoundDurations } from './readCompoundDurations.ts';
import { readCenturyFractions } from './readCenturyFractions.ts';
import { readCountAgoThisMonthNamed } from './readCountAgoThisMonthNamed.ts';
import { readCountAgoThisPeriod } from './readCountAgoThisPeriod.ts';
import { readThisDayInYear } from './readThisDayInYear.ts';
import { readCountThisPeriodSince } from './readCountThisPeriodSince.ts';
import { readCountFromDayWord } from './readCountFromDayWord.ts';
import { readExactlyAgo } from './readExactlyAgo.ts';
import { readCountedOrdinals } from './readCountedOrdinals.ts';
import { readEditionYears } from './readEditionYears.ts';
import { readNamedYears } from './readNamedYears.ts';
import { readDayLateIdiom } from './readDayLateIdiom.ts';
import { readDateNamedGroups } from './readDateNamedGroups.ts';
import { readFinalUnits } from './readFinalUnits.ts';
import { readHalfYears } from './readHalfYears.ts';
import { readPartOfNamedYear } from './readPartOfNamedYear.ts';
import { readJoinedQuarters } from './readJoinedQuarters.ts';
import { readHolidays } from './readHolidays.ts';
import { readBlackMondayCrash } from './readBlackMondayCrash.ts';
import { readSuperTuesday } from './readSuperTuesday.ts';
import { readWeekdayTheOrdinal } from './readWeekdayTheOrdinal.ts';
import { readDayOfObservance } from './readDayOfObservance.ts';
import { readHolidaySeason } from './readHolidaySeason.ts';
import { readJoinedDecades } from './readJoinedDecades.ts';
import { readLatestWeek } from './readLatestWeek.ts';
import { readMarketWrapPeriods } from './readMarketWrapPeriods.ts';
import { readMidweek } from './readMidweek.ts';
import { readQualifiedSeasons } from './readQualifiedSeasons.ts';
import { readSeasonSchedules } from './readSeasonSchedules.ts';
import { readSeasonsAfter } from './readSeasonsAfter.ts';
import { readSeasonsOfEvents } from './readSeasonsOfEvents.ts';
import { readInstitutionSeasons } from './readInstitutionSeasons.ts';
import { readSeasonWishedBefore } from './readSeasonWishedBefore.ts';
import { readRecordSeasons } from './readRecordSeasons.ts';
import { readMonthOfThatYear } from './readMonthOfThatYear.ts';
import { readNewYear } from './readNewYear.ts';
import { readFirstOfTheYear } from './readFirstOfTheYear.ts';
import { readNeighbourMonths } from './readNeighbourMonths.ts';
import { readNeighbourSeasons } from './readNeighbourSeasons.ts';
import { readNeighbourWeekdays } from './readNeighbourWeekdays.ts';
import { readOrdinalDays } from './readOrdinalDays.ts';
import { readOvernight } from './readOvernight.ts';
import { readBankHolidayWeekend } from './readBankHolidayWeekend.ts';
import { readBarePluralWeekdays } from './readBarePluralWeekdays.ts';
import { readHabitualWeekdayRanges } from './readHabitualWeekdayRanges.ts';
import { readThisTimeShifted } from './readThisTimeShifted.ts';
import { readOrdinalWeekdays } from './readOrdinalWeekdays.ts';
import { readOrdinalWeekdaysOfNearbyMonth } from './readOrdinalWeekdaysOfNearbyMonth.ts';
import { readWithinTheUnit } from './readWithinTheUnit.ts';
import { readPeriods } from './readPeriods.ts';
import { readPrefixedYears } from './readPrefixedYears.ts';
import { readSurveillanceWeeks } from './readSurveillanceWeeks.ts';
import { readQuarters } from './readQuarters.ts';
import { readRecentSpans } from './readRecentSpans.ts';
import { readRecurringHolidays } from './readRecurringHolidays.ts';
import { readReferences } from './readReferences.ts';
import { readRelatives } from './readRelatives.ts';
import { readSchoolTerms } from './readSchoolTerms.ts';
import { readSchoolYears } from './readSchoolYears.ts';
import { readSpokenClocks } from './readSpokenClocks.ts';
import { readZoneClockPairs } from './readZoneClockPairs.ts';
import { readHourAfterPart } from './readHourAfterPart.ts';
import { readMomentsAgo } from './readMomentsAgo.ts';
import { readSpokenMeridiemClocks } from './readSpokenMeridiemClocks.ts';
import { readWorkingDayClocks } from './readWorkingDayClocks.ts';
import { readSpokenClockRange } from './readSpokenClockRange.ts';
import { readTwentyFourHourClocks } from './readTwentyFourHourClocks.ts';
import { readSpokenYears } from './readSpokenYears.ts';
import { readTimetabledServices } from './readTimetabledServices.ts';
import { readTurnOfCentury } from './readTurnOfCentury.ts';
import { readTypicalDays } from './readTypicalDays.ts';
import { readClockAfterEverySet } from './readClockAfterEverySet.ts';
import { readClockBeforeEverySet } from './readClockBeforeEverySet.ts';
import { readUnitAndAHalf } from './readUnitAndAHalf.ts';
import { readUnitSince } from './readUnitSince.ts';
import { readRankedYear } from './readRankedYear.ts';
import { readUnitLong } from './readUnitLong.ts';
import { readWeekdayOfWeek } from './readWeekdayOfWeek.ts';
import { readWeekdayParts } from './readWeekdayParts.ts';
import { readWireTimes } from './readWireTimes.ts';
import { readYearPartsByMonths } from './readYearPartsByMonths.ts';
import { readReckonedSeasons } from './readReckonedSeasons.ts';
import { readWeatherSeasons } from './readWeatherSeasons.ts';
import { readFarmSeasons } from './readFarmSeasons.ts';
import { readTradeSeasons } from './readTradeSeasons.ts';
import { readYearRanges } from './readYearRanges.ts';
import { readYearlyDates } from './readYearlyDates.ts';
import { readMonthlyDays } from './readMonthlyDays.ts';
import { readMonthlyWeekdays } from './readMonthlyWeekdays.ts';
import type { Pass, PassOptions, Reading } from './Reading.ts';
import { withBoundMod } from './withBoundMod.ts';
import { outsideQuotedTitles } from './outsideQuotedTitles.ts';

const PASSES: Pass[] = [
  readChrono,
  readPeriods,
  readJoinedDecades,
  readTurnOfCentury,
  readMonthOfThatYear,
  readQuarters,
  readLatestWeek,
  readRelatives,
  readNeighbourWeekdays,
  readNeighbourMonths,
  readNeighbourSeasons,
  readRecentSpans,
  readUnitAndAHalf,
  readDurations,
  readPeriodsOfUnits,
  readWithinTheUnit,
  readReferences,
  readHolidays,
  readBlackMondayCrash,
  readSuperTuesday,
  readWeekdayTheOrdinal,
  readHolidaySeason,
  readSchoolTerms,
  readSchoolYears,
  readRecurringHolidays,
  readYearlyDates,
  readMonthlyDays,
  readMonthlyWeekdays,
  readNewYear,
  readFirstOfTheYear,
  readSpokenYears,
  readClippedYears,
  readMidweek,
  readMarketWrapPeriods,
  readEve,
  readEveOfHoliday,
  readOvernight,
  readOrdinalDays,
  readOrdinalWeekdays,
  readOrdinalWeekdaysOfNearbyMonth,
  readWeekdayOfWeek,
  readWeekdayParts,
  readWireTimes,
  readSpokenClocks,
  readZoneClockPairs,
  readHourAfterPart,
  readMomentsAgo,
  readSpokenMeridiemClocks,
  readWorkingDayClocks,
  readSpokenClockRange,
  readTwentyFourHourClocks,
  readHalfYears,
  readPartOfNamedYear,
  readJoinedQuarters,
  readCompounds,
  readCompoundDurations,
  readCenturyFractions,
  readYearRanges,
  readYearPartsByMonths,
  readPrefixedYears,
  readSurveillanceWeeks,
  readCountedOrdinals,
  readEditionYears,
  readNamedYears,
  readDayLateIdiom,
  readDateNamedGroups,
  readFinalUnits,
  readDayOfObservance,
  readTypicalDays,
  readClockAfterEverySet,
  readClockBeforeEverySet,
  readTimetabledServices,
  readCountFromDayWord,
  readExactlyAgo,
  readCountAgoThisPeriod,
  readCountAgoThisMonthNamed,
  readThisDayInYear,
  readCountThisPeriodSince,
  readThisTimeShifted,
  readBankHolidayWeekend,
  readBarePluralWeekdays,
  readHabitualWeekdayRanges,
  readUnitSince,
  readRankedYear,
  readUnitLong,
  readRecordSeasons,
  // Before readQualifiedSeasons: "hoping for more after a dismal summer" is the summer gone by.
  readSeasonsAfter,
  readQualifiedSeasons,
  readSeasonSchedules,
  readSeasonsOfEvents,
  readInstitutionSeasons,
  readSeasonWishedBefore,
  readWeatherSeasons,
  readReckonedSeasons,
  readFarmSeasons,
  readTradeSeasons,
];

/** Every candidate reading of every pass, overlapping ones included, bounds ("as soon as") read. */
export function allReadings(text: string, options: PassOptions): Reading[] {
  return PASSES.flatMap((pass) => pass(text, options)).map((r) => withBoundMod(text, r));
}

/**
 * The readings that survive overlaps, in text order: the higher priority wins, then the longer
 * ("June 2021" over the bare year "2021", "48 hours before" over the duration "48 hours").
 * Readings only for an expression dated on its own (`Reading.datedOnly`) are left out, and so,
 * once they have claimed their words, are readings that only claim (`Reading.claimOnly`). Nothing
 * in a quoted title ("'The Day After Tomorrow'", `outsideQuotedTitles`) is read.
 */
export function collectReadings(text: string, options: PassOptions): Reading[] {
  const ranked = outsideQuotedTitles(text, allReadings(text, options))
    .filter((r) => !r.datedOnly)
    .sort(
      (a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start,
    );
  const kept: Reading[] = [];
  for (const reading of ranked) {
    if (kept.every((k) => reading.end <= k.start || reading.start >= k.end)) kept.push(reading);
  }
  return kept.filter((r) => !r.claimOnly).sort((a, b) => a.start - b.start);
}
