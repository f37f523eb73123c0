/**
 * The optional `deadlines` section of a jurisdiction pack: how many days each named period runs,
 * whether in calendar or business days and which way a period ending on a closed day moves, the
 * days added for each method of service, and the state's and city's own holidays on top of the
 * federal ones. Pure zod; jurisdictionPack.ts embeds it.
 */
import { z } from 'zod';
import { toLocalDate } from './calendarDate';

export const DEADLINE_RULES = ['compliance', 'serviceCompletion', 'appeal', 'reinspection', 'hearingNotice', 'lienWaiting'] as const;
export type DeadlineRuleName = (typeof DEADLINE_RULES)[number];

const needs = (what: string) => ({
  error: (issue: { code?: string; input?: unknown }) => {
    if (issue.code !== 'invalid_type') return undefined;
    return issue.input === undefined ? 'is missing' : `must be ${what}`;
  },
});

const dayCount = z.number(needs('a number')).int().min(0).max(3650);
const holidayName = z.string(needs('text in quotes')).trim().min(1, { message: 'is required' }).max(120);
const month = z.number(needs('a number')).int().min(1).max(12);

export const periodRuleSchema = z
  .object({
    days: dayCount,
    unit: z.enum(['calendar', 'business']),
    /** forward: a period ending on a closed day runs to the next business day (FRCP 6(a)); backward: to the one before; none: stays. */
    roll: z.enum(['forward', 'backward', 'none']),
  }, needs('an object in braces'))
  .strict();
export type PeriodRule = z.infer<typeof periodRuleSchema>;

const fixedHoliday = z
  .object({ name: holidayName, month, day: z.number(needs('a number')).int().min(1).max(31) }, needs('an object in braces'))
  .strict()
  .refine((h) => h.day <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][h.month - 1]!, { message: 'that day does not exist in that month' });

const weekdayHoliday = z
  .object({
    name: holidayName,
    month,
    /** 0 = Sunday … 6 = Saturday. */
    weekday: z.number(needs('a number')).int().min(0).max(6),
    /** 1–4, or -1 for the last one of the month. */
    nth: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)], needs('1, 2, 3, 4 or -1 (last)')),
    /** Days after that weekday: the Day after Thanksgiving is the 4th Thursday of November + 1. */
    offsetDays: z.number(needs('a number')).int().min(-6).max(6).optional(),
  }, needs('an object in braces'))
  .strict();

function isRealDate(iso: string): boolean {
  try {
    toLocalDate(iso);
    return true;
  } catch {
    return false;
  }
}

const oneDateHoliday = z
  .object({ name: holidayName, date: z.string(needs('text in quotes')).regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be written YYYY-MM-DD' }).refine(isRealDate, { message: 'is not a real calendar date' }) }, needs('an object in braces'))
  .strict();

export const holidayRuleSchema = z.union([oneDateHoliday, fixedHoliday, weekdayHoliday], needs('a holiday object'));
export type HolidayRule = z.infer<typeof holidayRuleSchema>;

export const deadlinesSchema = z
  .object({
    /** For serviceCompletion only unit and roll are used: its days come from serviceDays, per method. */
    rules: z.partialRecord(z.enum(DEADLINE_RULES), periodRuleSchema, needs('an object in braces')),
    /** Days after sending until service is complete, per method (personal service is usually 0). */
    serviceDays: z
      .object({ certified_mail: dayCount, first_class_mail: dayCount, personal_service: dayCount, posting: dayCount }, needs('an object in braces'))
      .strict(),
    /** How the pack's own holidays are observed when they fall on a weekend (federal ones always follow 5 U.S.C. 6103). */
    observance: z.enum(['federal', 'sundayToMonday', 'none']),
    holidays: z.array(holidayRuleSchema, needs('a list')).max(60),
  }, needs('an object in braces'))
  .strict()
  .refine((d) => d.rules.hearingNotice?.roll !== 'forward', {
    path: ['rules', 'hearingNotice', 'roll'],
    message: 'must be "backward" or "none": rolling the last day to serve forward would give less than the minimum notice',
  });
export type PackDeadlines = z.infer<typeof deadlinesSchema>;
