// A broadcast's or a column's sign-off, an imperative or a greeting that opens its clause: "see
// you Monday", "Good night, and see you Tuesday", "Join us again Monday", "Tune in Thursday",
// "Catch us Wednesday night". It looks ahead to the next edition, as "we'll see you Monday" does.
// Only where the clause opens (the sentence's start, a stop, a comma, a semicolon, or "and", "so",
// "please", "do" before it): "He came to see you Monday" and "asked them to join us on Monday" are
// no sign-off.
export const SIGN_OFF_SOURCE = String.raw`(?<=(?:^|[.!?;:,]\s*|\b(?:and|so|please|do)\s+))(?:see\s+you|join\s+us|catch\s+(?:us|you)|talk\s+to\s+you|tune\s+in)`;
