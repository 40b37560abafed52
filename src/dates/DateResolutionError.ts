import { describeDateIssue, type DateIssue } from './messages.ts';

/**
 * Thrown when an expression cannot be read as a date. The issue is typed data (a `code` plus what
 * was expected and found); the wording comes from `messages.ts` so it lives in one place.
 */
export class DateResolutionError extends Error {
  readonly issue: DateIssue;

  constructor(issue: DateIssue) {
    super(describeDateIssue(issue));
    this.name = 'DateResolutionError';
    this.issue = issue;
  }
}
