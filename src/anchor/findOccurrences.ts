/** Every start offset at which `needle` occurs in `text`, overlapping occurrences included. */
export function findOccurrences(text: string, needle: string): number[] {
  const starts: number[] = [];
  if (needle.length === 0) return starts;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    starts.push(at);
  }
  return starts;
}
