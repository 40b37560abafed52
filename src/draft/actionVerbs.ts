import nlp from 'compromise';

/**
 * Verbs that say little of what happened on their own: being, having, saying, and light verbs
 * that take their sense from their object ("take six months off", "make progress").
 */
const LIGHT = new Set(
  `be have do say tell make take get give go come put set see know think want use seem become
  add note report confirm announce state claim call describe ask include expect continue`.split(
    /\s+/,
  ),
);

/**
 * The verbs that tell what a passage reports happened, as infinitives (compromise's tagger reads
 * "underwent" and "had undergone" alike as "undergo"), light verbs and verbs of saying left out.
 *
 * @example actionVerbs('The CEO underwent liver transplant surgery.') // ['undergo']
 */
export function actionVerbs(text: string): string[] {
  const found = new Set<string>();
  for (const item of nlp(text).verbs().json() as { verb?: { infinitive?: string } }[]) {
    const verb = item.verb?.infinitive?.toLowerCase();
    if (verb && /^[a-z]+$/.test(verb) && !LIGHT.has(verb)) found.add(verb);
  }
  return [...found];
}
