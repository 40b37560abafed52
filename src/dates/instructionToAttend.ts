/**
 * An instruction to come back or to appear, told in the past, looks ahead from its telling as a
 * decision to act does: "The judge told jurors to return at 9 a.m. Friday", "He was ordered to
 * appear in court Monday", "Lawmakers were asked to reconvene Tuesday", said on a Wednesday, are
 * the coming Friday, Monday and Tuesday. Its object (up to three words) may stand between the
 * verb and the infinitive. Only verbs of attending follow: "told reporters to leave Friday" or
 * "asked him to resign on Monday" is a deed whose tense the story tells, and "told jurors he
 * returned Friday" has no infinitive at all. Nor in a relative clause ("who was ordered to appear
 * Monday, pleaded not guilty"), which tells the background.
 */
export const INSTRUCTION_TO_ATTEND_SOURCE = [
  // Not in a relative clause ("The defendant, who was ordered to appear Monday, pleaded not
  // guilty"): the clause is the background of the story the sentence tells, told as gone by.
  String.raw`(?<!\b(?:who|which|that)\s+(?:was|were|had\s+been)\s+)`,
  String.raw`(?:told|ordered|instructed|directed|asked|summoned)`,
  String.raw`(?:\s+(?!to\b)[\w'’.-]+){0,3}\s+to\s+`,
  String.raw`(?:return|reconvene|reappear|appear|report\s+back|come\s+back|be\s+back)`,
].join('');
