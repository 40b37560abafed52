/**
 * A lookahead that keeps out the words in "-est" that are no superlatives: interest, protest,
 * test, priest, the Midwest, a rainforest, Budapest, "latest" (which ranks nothing). Only "-west"
 * and "-forest" are tested as endings, as "-test" or "-pest" end "greatest", "cheapest"; so
 * "lowest" must be written out where a superlative is read. A regular expression's source, put
 * right before `[a-z]+est`.
 *
 * @example new RegExp(`^${NOT_SUPERLATIVE}[a-z]+est$`).test('interest') // false
 */
export const NOT_SUPERLATIVE =
  '(?!(?:interest|request|protest|test|[a-z]*west|[a-z]*forest|tempest|budapest|bucharest|harvest|guest|quest|contest|arrest|conquest|inquest|chest|nest|crest|rest|vest|digest|honest|modest|earnest|manifest|latest|priest|unrest|behest|bequest|everest|pest|fest|jest|zest)\\b)';
