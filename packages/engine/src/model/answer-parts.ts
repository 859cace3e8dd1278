// Where a text is school work with the pupil's own words under a heading ("Biology Q: how does
// skin heal after a cut? A: ... mine take a week but i keep opening them", "English diary
// homework: ..."), the text model also reads the pupil's part on its own. Read whole, the heading's
// lesson words pull the model to the innocent reading of everything after them; but a pupil who
// writes of themself under a heading is not written about by the lesson (session 18: on a round of
// school-work texts the model alone then found a tenth more of the concerns, with no more false
// alerts on any evaluation set). Only parts that speak of the writer are read again: a lesson's own
// words under its heading ("history: the Holocaust and the Final Solution") stay read as a lesson.

/** Words before the heading's colon, at most (a heading, not a sentence with a colon in it). */
const MAX_HEADING_WORDS = 8;
/** How far into the text a heading may end. */
const MAX_HEADING_CHARS = 80;

const FIRST_PERSON = /(?:^|[^a-z'])(?:i|im|i'm|i’m|ive|i've|i’ve|id|i'd|i’d|me|my|mine|myself)(?![a-z'’])/i;
// A heading that casts the writer in a role ("Diary of a Kindertransport child (history homework)",
// "Letter from the trenches", "In role as Lady Macbeth"): the "I" under it is the role's, so the part
// is not the pupil's own life and is not read apart from the lesson (session 23: a ten-year-old
// refugee's diary entry was read as a suicide concern).
const IN_ROLE =
  /\b(?:(?:diary (?:of|entry of|entry as|as)|letter (?:from|as)) (?!(?:me|my|myself|mine)\b)|in role|in character|imagine you(?:'re| are)|write as|as if you (?:were|are)|a day in the life of|monologue|in the voice of|from the (?:point of view|perspective) of|pov of|first person as)\b/i;
// "A:" starting the answer after a question, in the part after the heading.
const ANSWER = /(?:^|\s)A:\s+/;

/** Start offsets of the parts of `text` the model reads on its own; none for most texts. */
export function answerParts(text: string): number[] {
  const colon = text.indexOf(':');
  if (colon <= 0 || colon > MAX_HEADING_CHARS) return [];
  const heading = text.slice(0, colon).trim();
  // Not a URL ("https://"), a time ("10:30") or a ratio, and the heading has a word in it.
  if (!/\s/.test(text[colon + 1] ?? '') || !/[a-z]/i.test(heading) || /^(?:https?|www)\b/i.test(heading))
    return [];
  if (heading.split(/\s+/).length > MAX_HEADING_WORDS || IN_ROLE.test(heading)) return [];
  const parts: number[] = [];
  const rest = skipSpace(text, colon + 1);
  if (rest < text.length) parts.push(rest);
  const answer = ANSWER.exec(text.slice(rest));
  if (answer && answer.index > 0) parts.push(rest + answer.index + answer[0].length);
  return parts.filter((start) => FIRST_PERSON.test(text.slice(start)));
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}
