/**
 * A count and its noun, singular for one: `countNoun(1, 'article')` is "1 article",
 * `countNoun(3, 'quote')` is "3 quotes". Give the plural where adding "s" is wrong.
 */
export function countNoun(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
