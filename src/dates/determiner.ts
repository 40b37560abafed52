// The determiners and possessives before a noun ("the", "its" …): a word after them, with or
// without an adverb, is the noun or its adjective, not a verb. A regular expression's source.
export const DETERMINER = '(?:the|a|an|its|his|her|their|our)';
