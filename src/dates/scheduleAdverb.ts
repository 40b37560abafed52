/**
 * An adverb that may stand between "is" or "are" and a participle of schedule without changing
 * what it says of the date: "Liftoff is now set for Thursday", "The hearing is still scheduled
 * for Monday", "The launch is tentatively targeted for Friday". A regular expression's source
 * (one word, no space after it): "now", "still", "also" or any word in -ly, nearly always an
 * adverb between "is" and a participle ("is July set" does not occur).
 */
export const SCHEDULE_ADVERB = String.raw`(?:now|still|also|\w+ly)`;
