import { PAST_HAPPENING_NOUN_SOURCE } from './pastHappeningNoun.ts';

/**
 * A plan told in the present right before its day, a few words of its own between ("is to report
 * on", "are to publish the white paper on", "is due to publish its findings on"), its verb not
 * "have": the present of `PLAN_TOLD_BEFORE`'s "was to". Such a plan still stands, so its day is
 * one the story looks ahead to, as a schedule's is ("The committee is to report on 30 November",
 * said in February, is the coming November's). Not "is to blame", nor a day after a happening
 * the plan looks back on ("The inquiry is to examine the crash on 3 January": the crash's day).
 */
export const PLAN_NOW_BEFORE = new RegExp(
  String.raw`\b(?:is|are)\s+(?:(?:due|set|scheduled|slated)\s+)?to\s+(?!(?:have|blame)\b)[a-z]+\s+` +
    String.raw`(?:(?!(?:${PAST_HAPPENING_NOUN_SOURCE})\b)[\w'’-]+\s+){0,3}?(?:on\s+)?$`,
  'i',
);
