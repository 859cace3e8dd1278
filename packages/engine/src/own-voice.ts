// A pupil's own life told inside school work: "PSHE form: my older brother's friend made me do
// stuff on video call", "Citizenship: I'm 15 and buy scratchcards every day". The lesson is where
// it was typed, in another clause; the clause that holds the concern is the writer's own, in the
// first person. There the lesson's lowering does not apply (score.ts ownLifeApart). An essay's
// own voice ("I think people self-harm because", "in my essay I explain") is not the writer's
// life. Also the boundaries a denial does not cross (context.ts).

/** Offsets into the original text. */
export interface Offsets {
  start: number;
  end: number;
}

// Where one clause ends and the next begins: sentence ends, a heading's colon, a comma, a dash
// between spaces, a quotation's marks (a single quote only at a word's edge, not "i'm"), the bar
// between speakers in a chat log.
const BOUNDARY = /[.!?;:\n,()"“”|]|\s[-–—]\s|(?<![\p{L}\p{N}])['‘’]|['‘’](?![\p{L}\p{N}])/gu;
const QUOTE = /["“”'‘’]/;

/** The clause around a span: from the boundary before it to the boundary after it. */
export function clauseAround(text: string, hit: Offsets): Offsets {
  let start = 0;
  let end = text.length;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m !== null; m = BOUNDARY.exec(text)) {
    const at = m.index;
    const after = at + m[0].length;
    if (after <= hit.start) start = after;
    else if (at >= hit.end) {
      end = at;
      break;
    }
  }
  return { start, end };
}

// The writer speaking as a writer, not about their life: opinions, the work itself, the lesson.
const ESSAY_VOICE =
  /\b(?:i|we) (?:think|thought|believe|feel that|would argue|argue|agree|disagree|learnt|learned|learn|found out|read|watched|studied|chose|choose|will|am going to|m going to|have to|had to|need to|must|should|can|could|would|might)\b|\b(?:in|to) my (?:opinion|view|mind)\b|\bmy (?:essay|answer|notes|homework|poem|story|work|teacher|class|opinion|view|conclusion|presentation|project|group|partner|book|character|question|point|argument|paragraph|title|source|sources)\b|\b(?:how|what|where|who|when|why) (?:do|does|can|could|should|would|will|did) (?:i|we)\b|\bfor me\b|\blet me\b|\bme and my (?:partner|group)\b/g;

// Someone else's words reported: "groomers say send me a pic", "the speaker says i want to die".
// What follows the verb is theirs; the writer's own part is what comes before it ("my dad says").
const REPORTED =
  /\b(?!(?:i|we)\b)[\p{L}']+ (?:say|says|said|saying|write|writes|wrote|tell|tells|told|ask|asks|asked|shout|shouts|shouted|scream|screams|screamed|whisper|whispers|whispered|go|goes|might say|will say|would say|could say|often say|may say)\b/u;

const FIRST_PERSON = /\b(?:i|im|i'm|i’m|ive|i've|i’ve|i'd|i’d|me|my|myself|mine)\b/;

/**
 * Does the clause hold the writer speaking of their own life (first person, beyond an essay's
 * voice)? Not a quotation: "the speaker says 'i want to die'" quotes someone else's words.
 */
export function ownVoice(text: string, clause: Offsets): boolean {
  if (QUOTE.test(text.charAt(clause.start - 1)) && QUOTE.test(text.charAt(clause.end))) return false;
  const words = text.slice(clause.start, clause.end).toLowerCase();
  const reported = REPORTED.exec(words);
  const own = reported === null ? words : words.slice(0, reported.index + reported[0].length);
  return FIRST_PERSON.test(own.replace(ESSAY_VOICE, ' '));
}

/** Does a mark of `marks` lie between the two spans (they do not overlap)? */
function markBetween(marks: RegExp, text: string, a: Offsets, b: Offsets): boolean {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  return first.end <= second.start && marks.test(text.slice(first.end, second.start));
}

// A sentence's end or a heading's colon: the lesson and the concern are told apart.
const STRONG = /[.!?:;\n]/;
// A sentence's end or the bar between speakers in a chat log (not a colon: "no: i wont").
const TURN = /[.!?|\n]/;

/** Is there a sentence end or a heading's colon between the two spans? */
export const sentenceApart = (text: string, a: Offsets, b: Offsets): boolean =>
  markBetween(STRONG, text, a, b);

/** Is there a sentence end or a change of speaker between the two spans? */
export const turnApart = (text: string, a: Offsets, b: Offsets): boolean => markBetween(TURN, text, a, b);
