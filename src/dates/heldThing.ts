/**
 * The things held or done on a day, which a verb may set, put off or hold ("pushed the vote to
 * Monday", "called an election on Feb. 2", "held talks on Jan. 20", "backed a walkout on Jan.
 * 20"). A regular expression's alternatives.
 */
export const HELD_THING =
  'votes?|ballots?|referendums?|elections?|polls?|meetings?|summits?|talks|conferences?|hearings?|trials?|sessions?|debates?|decisions?|deadlines?|launch(?:es)?|releases?|rollouts?|openings?|ceremon(?:y|ies)|events?|dates?|matche?s?|games?|races?|concerts?|shows?|visits?|trips?|tours?|signings?|announcements?|sales?|auctions?|exams?|deliver(?:y|ies)|payments?|strikes?|cuts?|hikes?|walkouts?|stoppages?|shutdowns?|flights?|start';
