// Named regressions: every false negative or false positive fixed in the engine gets a row here,
// with the smallest rule set that showed it. Rule k of a row is `t.r<k>` (one pattern each).
import { type Customisation, compileRules, type Detection, scan } from '@vigil/engine';
import { describe, expect, test } from 'vitest';

interface Row {
  name: string;
  patterns: string[];
  text: string;
  /** Rule index that must fire, with its exact match; null: nothing may fire. */
  fires: { rule: number; match: string } | null;
  custom?: Customisation;
}

const P1 =
  '(he|she) (said|says|told me) (he|she) (was|is) (14|15|16|13|a kid|my age|a girl|a boy) but (hes|he is|shes|she is|he was|she was|actually|really)';
const P2 =
  '(tarrants|breiviks|the christchurch|the buffalo|the columbine|his) (high score|highscore|kill count|body count) (to beat|record|was low|beat)';
const VERBS = '(buy|get|grab|order|want|need|find|sell|bring|carry)';
const KINDS = '(zombie|big|sharp|small|long|new|real|proper|hunting|kitchen)';

const rows: Row[] = [
  {
    // The masked reading knew some slurs, not these: a rule for them never met the masked form.
    name: 'a masked slur (d*ke, k*ke, ch*nk, c**n, b*tty, b*nder) reads as the word',
    patterns: ['(dyke|kike|chink|coon|batty|bender) (get out|go home)'],
    text: 'oi ch*nk go home',
    fires: { rule: 0, match: 'ch*nk go home' },
  },
  {
    // The masked reading knew swearing, slurs and a few risk words, not self-harm words.
    name: 'a masked self-harm word (c*tting, s*lf h*rming) reads as the word',
    patterns: ['(cutting|self harming) helps me cope'],
    text: 'c*tting helps me cope',
    fires: { rule: 0, match: 'c*tting helps me cope' },
  },
  {
    // Emoji were word breaks, so a knife drawn as 🔪 never met a rule about knives.
    name: 'an emoji that stands for a word reads as that word',
    patterns: ['knife in my bag'],
    text: '🔪 in my bag tmrw',
    fires: { rule: 0, match: '🔪 in my bag' },
  },
  {
    name: 'emoji with everyday senses are not read as words',
    patterns: ['weed'],
    text: 'gardening day 🌿',
    fires: null,
  },
  {
    // "pro-ed" is also read joined ("proed"), and its dropped-e form was "prod": a Brown sentence
    // about a manager's attempts to push and prod a player alerted as pro-eating-disorder.
    name: 'a short word ending in ed gets no dropped-e form (proed is not prod)',
    patterns: ['pro-ed'],
    text: 'attempts to push and prod him',
    fires: null,
  },
  {
    name: 'a past tense written without its e still matches (pushd)',
    patterns: ['pushed me into the lockers'],
    text: 'they pushd me into the lockers again',
    fires: { rule: 0, match: 'pushd me into the lockers' },
  },
  {
    // Pattern words matched only as written: txt spellings pupils use were missed.
    name: 'a pattern word matches its txt spellings (wanna: wnna, tonight: 2nite)',
    patterns: ['i wanna die tonight'],
    text: 'i wnna die 2nite',
    fires: { rule: 0, match: 'i wnna die 2nite' },
  },
  {
    // Session 18: a young child's or a dyslexic pupil's phonetic spelling of the words of harm.
    name: 'a pattern word matches its phonetic spellings (uncle: unkle, touches: tuches, secret: secrit)',
    patterns: ['my uncle touches me and said its a secret'],
    text: 'my unkle tuches me and sed its a secrit',
    fires: { rule: 0, match: 'my unkle tuches me and sed its a secrit' },
  },
  {
    name: 'a dropped g and a doubled letter written single still match (cuttin, stabed)',
    patterns: ['keep cutting myself', 'stabbed him'],
    text: 'i keep cuttin myself and he stabed him',
    fires: { rule: 0, match: 'keep cuttin myself' },
  },
  {
    name: 'a derived spelling that is an English word of its own is not used (thing: thin)',
    patterns: ['the thing'],
    text: 'the thin line',
    fires: null,
  },
  {
    // When another part of the text fired, the readings came from otherReadings, which flagged
    // '#' only after a word: the hashtag was never split.
    name: 'a hashtag is split when another part of the text fires too',
    patterns: ['i want to die', 'dad hit me'],
    text: '#iwanttodie my dad hit me again',
    fires: { rule: 0, match: 'iwanttodie' },
  },
  {
    // Hashtags run together were one unknown word, so #iwanttodie found nothing.
    name: 'a hashtag run together reads as its words',
    patterns: ['i want to die'],
    text: 'cant anymore #iwanttodie',
    fires: { rule: 0, match: 'iwanttodie' },
  },
  {
    name: 'a match inside one piece of a split hashtag does not count (#therapist is not "the rapist")',
    patterns: ['rapist', 'the end'],
    text: 'booked my #therapist',
    fires: null,
  },
  {
    // Session 19: a masked word needed four characters, so the commonest masked slur, three long,
    // kept its literal reading.
    name: 'a three-letter masked slur (f*g) reads as the word',
    patterns: ['(called me|calling me) a fag'],
    text: 'they keep calling me a f*g since i came out',
    fires: { rule: 0, match: 'calling me a f*g' },
  },
  {
    // Session 19: young children type searches with no spaces; only hashtags were split.
    name: 'a long run typed without spaces reads as its words',
    patterns: ['hide my cuts from', 'how do i', 'my dad'],
    text: 'howdoihidemycutsfrommydad',
    fires: { rule: 0, match: 'hidemycutsfrom' },
  },
  {
    name: 'a long run typed without spaces is split when another part of the text fires too',
    patterns: ['hide my cuts from', 'dad hit me', 'how do i', 'tell him'],
    text: 'dad hit me again howdoihidemycutsfromhim',
    fires: { rule: 0, match: 'hidemycutsfrom' },
  },
  {
    // Rule words of one or two letters and rare ones cut an English word into a phrase.
    name: 'a long English word is not cut into rare rule words (dis ting u i shing)',
    patterns: ['u i shing', 'dis ting'],
    text: 'by distinguishing between them',
    fires: null,
  },
  {
    name: 'words run together without a # are left alone',
    patterns: ['i want to die'],
    text: 'iwanttodie',
    fires: null,
  },
  {
    // A lone '1' kept its literal reading, so "1 w4nt t0 d1e" never read as "i want to die".
    name: "a lone '1' in a text written in leet is the word i",
    patterns: ['i want to die'],
    text: '1 w4nt t0 d1e',
    fires: { rule: 0, match: '1 w4nt t0 d1e' },
  },
  {
    name: "a lone '1' in plain text stays a number",
    patterns: ['i of'],
    text: 'page 1 of 3',
    fires: null,
  },
  {
    // The fast path now asks for the leet reading only when a chunk between spaces holds a letter
    // and a leet character; a '!' counts only before a letter or digit.
    name: "a '!' inside a word is still read as i",
    patterns: ['kill yourself'],
    text: 'k!ll yourself now!',
    fires: { rule: 0, match: 'k!ll yourself' },
  },
  {
    name: "a '$' that starts a word is still read as s",
    patterns: ['shit'],
    text: 'this is $hit!',
    fires: { rule: 0, match: '$hit' },
  },
  {
    name: 'leet digits inside a word are still read beside plain numbers',
    patterns: ['weed'],
    text: 'got 2 bags of w33d',
    fires: { rule: 0, match: 'w33d' },
  },
  {
    name: "a '!' after a word is punctuation, not an i",
    patterns: ['stopi'],
    text: 'stop! now',
    fires: null,
  },
  {
    // The fast path flagged only '*' as a mask, so a word masked with '#' never got its reading.
    name: "a '#' mask is read like a '*' one",
    patterns: ['fuck off'],
    text: 'f#ck off mate',
    fires: { rule: 0, match: 'f#ck off' },
  },
  {
    // The start index's integer map stored key 0 as 1, so the one-word pattern of term 0 ("kys")
    // was also reported for term 1 ("go"): "go away" matched the kill-yourself rule.
    name: 'term 0 and term 1 stay apart in the start index',
    patterns: ['kys', '(go|pls) (die|rot)'],
    text: 'go away now',
    fires: null,
  },
  {
    name: 'term 0 still fires on its own word',
    patterns: ['kys', '(go|pls) (die|rot)'],
    text: 'just kys',
    fires: { rule: 0, match: 'kys' },
  },
  {
    // /tmp/engine-bug.md: a dense DFA resolved '1' (digit | i | l) to one target per state; at
    // " she was " the only edge was p2's 'l' (" was low"), so " 14 but" was lost.
    name: 'dfa ambiguity: an unrelated pattern must not hide a digit (engine-bug.md repro)',
    patterns: [P1, P2],
    text: 'she said she was 14 but shes actually way older',
    fires: { rule: 0, match: 'she said she was 14 but shes' },
  },
  {
    // The old DFA at " by the " had only the 'l' edge of "by the list", so '1' went there.
    name: 'dfa ambiguity: "14 words" beside "by the list"',
    patterns: ['14 words', 'by the list'],
    text: 'proud to live by the 14 words',
    fires: { rule: 0, match: '14 words' },
  },
  {
    name: 'dfa ambiguity: "100" stays a number beside "pay loads"',
    patterns: ['100 in bitcoin', 'pay loads'],
    text: 'pay 100 in bitcoin or everyone sees the video',
    fires: { rule: 0, match: '100 in bitcoin' },
  },
  {
    name: 'dfa ambiguity: "ki11" read as kill beside "i will kiss"',
    patterns: ['kill you', 'i will kiss'],
    text: 'i will ki11 you',
    fires: { rule: 0, match: 'ki11 you' },
  },
  {
    name: 'leet channel: "1" read as l, "0" as o, a final "!" as a boundary',
    patterns: ['kill you'],
    text: 'i will ki11 y0u!',
    fires: { rule: 0, match: 'ki11 y0u' },
  },
  {
    name: 'leet channel: "!" inside a word is i, "$" is s',
    patterns: ['kill myself'],
    text: 'gonna k!ll my$elf!!',
    fires: { rule: 0, match: 'k!ll my$elf' },
  },
  {
    // 8037cc1: leet digits after letters are letters (r3tard) while codes stay literal (1488).
    name: 'leet digits shadowing words: a code stays literal beside letter patterns',
    patterns: ['1488', 'i will', 'ia'],
    text: 'heil 1488',
    fires: { rule: 0, match: '1488' },
  },
  {
    name: 'leet digits shadowing words: a leet word matches its letters',
    patterns: ['retard', '3 rd'],
    text: 'ur such a r3tard',
    fires: { rule: 0, match: 'r3tard' },
  },
  {
    name: 'leet in a pattern: a brand with digits matches as typed',
    patterns: ['bet365'],
    text: 'bet365 boosted odds tonight',
    fires: { rule: 0, match: 'bet365' },
  },
  {
    name: 'leet channel: a number glued to letters keeps its literal reading too',
    patterns: ['under 45kg'],
    text: 'need to be under 45kg before summer',
    fires: { rule: 0, match: 'under 45kg' },
  },
  {
    // 8037cc1: a piece can match more than one way ("buy" and "buy a"); the chain search must
    // try the other when the first leads nowhere.
    name: 'chain backtracking: "buy" then "buy a" before the next piece',
    patterns: [`${VERBS} [a] ${KINDS} (knife|blade|machete)`],
    text: 'i want to buy a zombie knife',
    fires: { rule: 0, match: 'buy a zombie knife' },
  },
  {
    // 8037cc1: a school's exclusion must be looked for when only the shared library found something.
    name: 'exclusions scanned when the library found something',
    patterns: ['suicide'],
    text: 'watching suicide squad',
    fires: null,
    custom: { exclusions: [{ phrase: 'suicide squad', reason: 'film' }] },
  },
  {
    name: 'trigger gating: a rare trigger inside a common phrase still finds the whole phrase',
    patterns: ['(i|we) (want|need) to (die|disappear) tonight'],
    text: 'honestly i want to die tonight',
    fires: { rule: 0, match: 'i want to die tonight' },
  },
  {
    name: 'spaced letters with a trigger only in the joined reading',
    patterns: ['suicide'],
    text: 'thinking about s u i c i d e',
    fires: { rule: 0, match: 's u i c i d e' },
  },
  {
    name: 'spaced letters with dots',
    patterns: ['kill myself'],
    text: 'k.i.l.l myself',
    fires: { rule: 0, match: 'k.i.l.l myself' },
  },
  {
    // The joined reading swallowed the word 'a' ("acunt"); a second one keeps it apart.
    name: 'spaced letters: a leading "a" stays a word ("are a c u n t")',
    patterns: ['(are|is) a cunt'],
    text: 'you are a c u n t',
    fires: { rule: 0, match: 'are a c u n t' },
  },
  {
    name: 'spaced letters: a leading "i" stays a word ("i k i l l myself")',
    patterns: ['i [will] kill myself'],
    text: 'honestly i k i l l myself if they find out',
    fires: { rule: 0, match: 'i k i l l myself' },
  },
  {
    name: 'spaced letters: a word that starts with "i" still joins whole (i d i o t)',
    patterns: ['an idiot'],
    text: 'ur an i d i o t',
    fires: { rule: 0, match: 'an i d i o t' },
  },
  {
    name: 'masked: one star inside a word (f*ck)',
    patterns: ['fuck*'],
    text: 'f*ck this lesson',
    fires: { rule: 0, match: 'f*ck' },
  },
  {
    name: 'masked: two stars and a phrase (f**k off)',
    patterns: ['fuck off'],
    text: 'just f**k off',
    fires: { rule: 0, match: 'f**k off' },
  },
  {
    name: 'masked: a compound word (motherf*cker)',
    patterns: ['motherfucker'],
    text: 'that motherf*cker nicked my bike',
    fires: { rule: 0, match: 'motherf*cker' },
  },
  {
    name: 'masked: c**t, sh*t, b*tch, tw*t in capitals and lower case',
    patterns: ['(absolute|dumb) (cunt|shit|bitch|twat)'],
    text: 'ur an ABSOLUTE C**T',
    fires: { rule: 0, match: 'ABSOLUTE C**T' },
  },
  {
    name: 'masked: sh*t',
    patterns: ['shit'],
    text: 'oh sh*t i forgot my pe kit',
    fires: { rule: 0, match: 'sh*t' },
  },
  {
    name: 'masked: b*tch',
    patterns: ['you bitch'],
    text: 'shut up you b*tch',
    fires: { rule: 0, match: 'you b*tch' },
  },
  {
    name: 'masked: trailing stars of the right count (f***)',
    patterns: ['go fuck yourself'],
    text: 'go f*** yourself',
    fires: { rule: 0, match: 'go f*** yourself' },
  },
  {
    name: 'masked: two runs in one word (f*ck*ng), one star for two letters (a*hole)',
    patterns: ['fucking', 'asshole'],
    text: 'f*ck*ng hell',
    fires: { rule: 0, match: 'f*ck*ng' },
  },
  {
    name: 'masked: a slur (n*gga) and markdown around a masked word',
    patterns: ['nigga'],
    text: 'shut up **n*gga**',
    fires: { rule: 0, match: 'n*gga' },
  },
  {
    name: 'masked: risk words masked to dodge filters (k*ll mys*lf)',
    patterns: ['kill myself'],
    text: 'i want to k*ll mys*lf',
    fires: { rule: 0, match: 'k*ll mys*lf' },
  },
  {
    name: 'masked: arithmetic keeps its literal reading (5*3, 2*x, a * b)',
    patterns: ['fuck*', 'shit', 'cunt', 'tits', 'piss', 'arse', 'ass'],
    text: '5*3 = 15, 2*x = 6 and a * b = b * a',
    fires: null,
  },
  {
    name: 'masked: emphasis, footnotes and grades keep their literal reading',
    patterns: ['fuck*', 'shit', 'notes', 'bolder', 'ass', 'arse', 'bitch', 'dick'],
    text: '*note* this is **bold**, see footnote* and bit* below; i got an A* and two A**s, rated 4*',
    fires: null,
  },
];

const compile = (patterns: string[]) =>
  compileRules({
    version: 'regression',
    rules: patterns.map((p, k) => ({ id: `t.r${k}`, category: 'violence', severity: 4, patterns: [p] })),
  });

describe('named regressions', () => {
  test.each(rows.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    const found: Detection[] = scan(row.text, { rules: compile(row.patterns), custom: row.custom });
    if (row.fires === null) {
      expect(found).toEqual([]);
      return;
    }
    const d = found.find((x) => x.rule === `t.r${row.fires!.rule}`);
    expect(d, JSON.stringify(found)).toBeDefined();
    expect(d!.match).toBe(row.fires.match);
    expect(row.text.slice(d!.start, d!.end)).toBe(d!.match);
  });

  test('the dfa-ambiguity repro fails for no set of added patterns', () => {
    // Adding unrelated patterns one by one never changes what rule 0 finds.
    const extra = ['was low', 'was lol', 'she was low', 'was i', 'she was l', 'was idle'];
    for (let k = 0; k <= extra.length; k++) {
      const rules = compile([P1, ...extra.slice(0, k)]);
      const d = scan('she said she was 14 but shes actually way older', { rules });
      expect(
        d.map((x) => x.rule),
        `with ${k} extra`,
      ).toContain('t.r0');
    }
  });
});
