/**
 * The things set for a day ahead, which a day holds or which fall due on it: a vote, a summit, a
 * hearing, a deadline, a payment. A regular expression's alternatives, none the start of another's
 * word, so their order tells nothing. Shared by HELD_THING and by the things a counterfactual cause
 * names as still to come (counterfactualCauseMonthTense).
 */
export const SCHEDULED_THING =
  'votes?|referendums?|elections?|meetings?|summits?|talks|conferences?|hearings?|trials?|deadlines?|visits?|auctions?|payments?';

/**
 * The things held or done on a day, which a verb may set, put off or hold ("pushed the vote to
 * Monday", "called an election on Feb. 2", "held talks on Jan. 20", "backed a walkout on Jan.
 * 20"). A regular expression's alternatives: the things set for a day (SCHEDULED_THING) and those
 * that happen on one (a strike, a sale, a game).
 */
export const HELD_THING = `${SCHEDULED_THING}|ballots?|polls?|sessions?|debates?|decisions?|launch(?:es)?|releases?|rollouts?|openings?|ceremon(?:y|ies)|events?|dates?|matche?s?|games?|races?|concerts?|shows?|trips?|tours?|signings?|announcements?|sales?|exams?|deliver(?:y|ies)|strikes?|cuts?|hikes?|walkouts?|stoppages?|shutdowns?|flights?|start`;
