import {
  type Category,
  compileCustomisation,
  compileRules,
  type Detection,
  loadCompiled,
  normalise,
  scan,
  serializeCompiled,
} from '@vigil/engine';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findHits, type ListHit } from '../src/match.js';
import { fixture } from './fixtures/library.js';

const rules = compileRules(fixture);
const run = (text: string, extra: object = {}): Detection[] => scan(text, { rules, ...extra });
const rulesOf = (text: string, extra: object = {}): string[] => run(text, extra).map((d) => d.rule);

describe('golden spans', () => {
  const cases: [string, string, string, string][] = [
    // input, rule, expected match, category
    ['i just want to kill myself', 'suicide.intent', 'kill myself', 'suicide'],
    ['honestly kms', 'suicide.intent', 'kms', 'suicide'],
    ['suicidal thoughts again', 'suicide.intent', 'suicidal', 'suicide'],
    ['what the fuck', 'profanity.fuck', 'fuck', 'profanity'],
    ['14 88 is not 1488', 'extremism.codes', '1488', 'extremism'],
    ['sieg... Heil Hitler!', 'extremism.codes', 'Heil Hitler', 'extremism'],
    ['been s/h free for a week', 'self-harm.slang', 's/h', 'self-harm'],
    ['pro ana tips', 'self-harm.slang', 'pro ana', 'self-harm'],
    ['stop selfcutting', 'self-harm.slang', 'selfcutting', 'self-harm'],
    [
      'he pulled out a knife in his blazer',
      'violence.weapon.long',
      'pulled out a knife in his blazer',
      'violence',
    ],
    [
      'brought a zombie knife to the school!',
      'violence.weapon.long',
      'brought a zombie knife to the school',
      'violence',
    ],
  ];
  test.each(cases)('%s', (text, rule, match, category) => {
    const d = run(text).find((x) => x.rule === rule);
    expect(d, JSON.stringify(run(text))).toBeDefined();
    expect(d!.match).toBe(match);
    expect(d!.category).toBe(category);
    expect(text.slice(d!.start, d!.end)).toBe(match);
  });
});

describe('obfuscation matrix', () => {
  const forms = [
    'kill myself',
    'KILL MYSELF',
    'k1ll mys3lf',
    'ki11 myself',
    'k!ll my$elf',
    'kiiiiill myself',
    'k i l l myself',
    'k.i.l.l myself',
    'k-i-l-l myself',
    'k_i_l_l myself',
    'k\u200bill my\u200dself',
    'ｋｉｌｌ ｍｙｓｅｌｆ',
    'kіll myѕelf', // Cyrillic і and ѕ
    'kíll mysélf',
    '𝐤𝐢𝐥𝐥 𝐦𝐲𝐬𝐞𝐥𝐟',
    'kill\u0301 myself',
  ];
  test.each(forms)('%s', (form) => {
    const text = `i want to ${form} tonight`;
    const d = run(text).find((x) => x.rule === 'suicide.intent');
    expect(d, form).toBeDefined();
    expect(text.slice(d!.start, d!.end)).toBe(d!.match);
    expect(d!.match.length).toBeGreaterThanOrEqual(form.length - 2);
  });

  test('search queries are URL-decoded', () => {
    for (const url of [
      'https://www.google.com/search?q=how+to+kill+myself',
      'https://www.google.com/search?q=how%20to%20kill%20myself',
      'https://www.youtube.com/results?search_query=kill%20my%20self',
      'https://search.yahoo.com/search?p=k%31ll+myself',
    ]) {
      const d = run(url).find((x) => x.rule === 'suicide.intent');
      expect(d, url).toBeDefined();
      expect(url.slice(d!.start, d!.end)).toBe(d!.match);
    }
  });

  test('spaced letters: s u i c i d e and f.u.c.k', () => {
    expect(rulesOf('s u i c i d e')).toContain('suicide.intent');
    expect(rulesOf('f.u.c.k off')).toContain('profanity.fuck');
  });
});

describe('digits and repeats', () => {
  test('numeric codes match literally, not inside other numbers', () => {
    expect(rulesOf('1488')).toContain('extremism.codes');
    expect(rulesOf('14880 points')).not.toContain('extremism.codes');
    expect(rulesOf('666')).toContain('extremism.666');
    expect(rulesOf('66 or 6666')).not.toContain('extremism.666');
  });
  test('repeats are self-loops, but a doubled letter stays doubled', () => {
    expect(rulesOf('asssss')).toContain('profanity.fuck');
    expect(rulesOf('as i said')).not.toContain('profanity.fuck');
    expect(rulesOf('fuuuuuck')).toContain('profanity.fuck');
    expect(rulesOf('shiiiit')).toContain('profanity.fuck');
  });
  test('whole words only', () => {
    expect(rulesOf('class assessment in Scunthorpe')).toEqual([]);
    expect(rulesOf('passion and mass')).toEqual([]);
  });
});

describe('context and scoring', () => {
  test('third person lowers a first-person rule', () => {
    const d = run('romeo wanted to die, he said i want to die').find((x) => x.rule === 'suicide.intent')!;
    expect(d.severity).toBe(4);
    const third = run('romeo: "she will want to die"').find((x) => x.rule === 'suicide.intent')!;
    expect(third.severity).toBe(2);
    expect(third.reasons).toContain("-2 third person 'she'");
  });
  test('a rule that ignores the first-person cue is still kept from the third-person one by it', () => {
    // Only the cues a candidate may read are matched (score.ts wantedLists): third-person reads
    // first-person's occurrences even for a rule that ignores first-person itself.
    const set = compileRules({
      ...fixture,
      rules: fixture.rules.map((r) =>
        r.id === 'suicide.intent' ? { ...r, ignoreCues: ['first-person'] } : r,
      ),
    });
    const d = scan('he said i want to die', { rules: set }).find((x) => x.rule === 'suicide.intent')!;
    expect(d.severity).toBe(4);
    const third = scan('he said she will want to die', { rules: set }).find(
      (x) => x.rule === 'suicide.intent',
    )!;
    expect(third.severity).toBe(2);
  });
  test('gaming context lowers violence', () => {
    expect(run('how to kill the ender dragon')).toEqual([]);
    expect(run('how to kill the dragon')[0]?.severity).toBe(3);
  });
  test('negation before the hit lowers it', () => {
    expect(run('i dont want to die')[0]?.severity).toBe(2);
  });
  test('rule context: joking marker', () => {
    const d = run('im gonna stab him lol')[0]!;
    expect(d.severity).toBe(2);
    expect(d.reasons).toEqual(['base 4', "-2 joking marker 'lol'"]);
  });
  test('near: an image request alone is not grooming; with secrecy it is', () => {
    expect(rulesOf('send me a pic of the homework')).toEqual([]);
    expect(rulesOf('send me a pic and dont tell your mum')).toContain('grooming.images');
  });
  test('combinations: distinct kinds of move in one text raise the strongest, however far apart', () => {
    const set = compileRules({
      version: 'combinations',
      rules: [
        { id: 'grooming.images.ask', category: 'grooming', severity: 3, patterns: ['send me a pic'] },
        { id: 'grooming.images.more', category: 'grooming', severity: 2, patterns: ['another pic'] },
        { id: 'grooming.secrecy.ours', category: 'grooming', severity: 2, patterns: ['our little secret'] },
      ],
      contexts: [
        {
          id: 'educational',
          adjust: -2,
          categories: ['grooming'],
          patterns: ['pshe'],
          reason: 'educational context',
        },
      ],
      combinations: [{ category: 'grooming', moves: 2, severity: 4, reason: 'grooming moves together' }],
    });
    const at = (text: string) => scan(text, { rules: set, model: false });
    const filler = ' and then we talked about the weekend and the match and the film for ages'.repeat(3);
    const raised = at(`send me a pic${filler}, our little secret`);
    expect(raised.map((d) => [d.rule, d.severity])).toEqual([
      ['grooming.images.ask', 4],
      ['grooming.secrecy.ours', 2],
    ]);
    expect(raised[0]!.reasons.at(-1)).toBe(
      "+1 grooming moves together: 'send me a pic' (images), 'our little secret' (secrecy)",
    );
    // Two rules of one kind are one move.
    expect(at('send me a pic, then another pic').map((d) => d.severity)).toEqual([3, 2]);
    // A move that context lowered (a lesson about grooming) does not count.
    expect(at('pshe notes: they say send me a pic, our little secret').every((d) => d.severity < 4)).toBe(
      true,
    );
    // The compiled form carries them.
    expect(
      scan(`send me a pic${filler}, our little secret`, {
        rules: loadCompiled(JSON.stringify(serializeCompiled(set))),
        model: false,
      }),
    ).toEqual(raised);
  });
  test("voids: a pupil's own life told in school work keeps the lesson from lowering it", () => {
    const set = compileRules({
      version: 'voids',
      rules: [
        {
          id: 'drugs.weed',
          category: 'drugs',
          severity: 3,
          patterns: ['smoke weed'],
          context: [{ patterns: ['pshe', 'doctor'], within: 12, adjust: -2, reason: 'a lesson' }],
        },
        { id: 'drugs.vape', category: 'drugs', severity: 3, patterns: ['vape'] },
      ],
      contexts: [
        {
          id: 'educational',
          adjust: -2,
          categories: ['drugs'],
          patterns: ['pshe', 'essay'],
          reason: 'educational context',
        },
        { id: 'negation', adjust: -3, categories: ['drugs'], patterns: ['never'], reason: 'negated' },
        {
          id: 'own-life',
          adjust: 0,
          within: 8,
          voids: ['educational'],
          categories: ['drugs'],
          patterns: ['me and my mates', 'i actually'],
          reason: 'own life in school work',
        },
      ],
    });
    const at = (text: string) => scan(text, { rules: set, model: false }).map((d) => [d.rule, d.severity]);
    // The lesson lowers a lesson's words; the pupil's own doings near the hit void the lowering,
    // the cue's and the rule's own context that reads the same lesson word.
    expect(at('pshe answer: people smoke weed every weekend')).toEqual([]);
    expect(at('pshe answer: me and my mates smoke weed every weekend')).toEqual([['drugs.weed', 3]]);
    expect(scan('essay: i actually vape', { rules: set, model: false })[0]!.reasons).toEqual([
      'base 3',
      "own life in school work 'i actually'",
    ]);
    // Only the voided cue and its words: a rule's own "doctor", and negation, still lower.
    expect(at('the doctor said me and my mates smoke weed too much')).toEqual([['drugs.weed', 1]]);
    expect(at('me and my mates never vape')).toEqual([]);
    // Out of its range the voiding cue does nothing.
    expect(at(`me and my mates${' went out'.repeat(5)}, then pshe essay on how people vape`)).toEqual([
      ['drugs.vape', 1],
    ]);
    // The compiled form carries it; an unknown or non-lowering id is an error.
    expect(
      scan('pshe answer: me and my mates smoke weed', {
        rules: loadCompiled(JSON.stringify(serializeCompiled(set))),
        model: false,
      })[0]!.severity,
    ).toBe(3);
    const bad = (voids: string[]) => () =>
      compileRules({
        version: 'bad',
        rules: [],
        contexts: [
          { id: 'educational', adjust: -2, categories: ['drugs'], patterns: ['pshe'], reason: 'r' },
          { id: 'first', adjust: 1, categories: ['drugs'], patterns: ['i'], reason: 'r' },
          { id: 'own', adjust: 0, voids, categories: ['drugs'], patterns: ['me'], reason: 'r' },
        ],
      });
    expect(bad(['nope'])).toThrow("contexts.own: voids an unknown cue 'nope'");
    expect(bad(['first'])).toThrow("contexts.own: voids 'first', which does not lower");
    expect(bad(['educational'])).not.toThrow();
  });
  test('voids: two voiding cues near one hit each void their own lowering cue', () => {
    // A voiding cue once stopped at the first found near the hit, so a second cue's voiding (and
    // the engine's own-life reading) was lost whenever an unrelated voiding cue came first.
    const set = compileRules({
      version: 'voids-both',
      rules: [{ id: 'violence.stab', category: 'violence', severity: 4, patterns: ['stab him'] }],
      contexts: [
        { id: 'sport', adjust: -2, categories: ['violence'], patterns: ['boxing'], reason: 'sport context' },
        {
          id: 'educational',
          adjust: -2,
          categories: ['violence'],
          patterns: ['project'],
          reason: 'educational context',
        },
        {
          id: 'weapon',
          adjust: 0,
          within: 10,
          voids: ['sport'],
          categories: ['violence'],
          patterns: ['knife'],
          reason: 'a weapon beside a sport',
        },
        {
          id: 'cover',
          adjust: 0,
          within: 10,
          voids: ['educational'],
          categories: ['violence'],
          patterns: ['for a project'],
          reason: 'a project named as the cover',
        },
      ],
    });
    const at = (text: string) => scan(text, { rules: set, model: false }).map((d) => [d.severity, d.reasons]);
    expect(at('after boxing ill stab him with my knife, say its for a project')).toEqual([
      [4, ['base 4', "a weapon beside a sport 'knife'", "a project named as the cover 'for a project'"]],
    ]);
    // Each voiding alone leaves the other cue to lower.
    expect(at('after boxing ill stab him with my knife')).toEqual([
      [4, ['base 4', "a weapon beside a sport 'knife'"]],
    ]);
    expect(at('after boxing ill stab him, say its for a project')[0]![0]).toBe(2);
  });
  test('exempts: inside its phrases no lowering cue or own context counts', () => {
    const set = compileRules({
      version: 'exempts',
      rules: [
        {
          id: 'violence.attack',
          category: 'violence',
          severity: 4,
          patterns: ['shoot up the school'],
          context: [{ patterns: ['news'], adjust: -3, reason: 'news' }],
        },
        { id: 'suicide.wish', category: 'suicide', severity: 4, patterns: ['want to die'] },
      ],
      contexts: [
        { id: 'gaming', adjust: -3, categories: ['suicide'], patterns: ['clan'], reason: 'gaming' },
        {
          id: 'used-otherwise',
          adjust: 0,
          exempts: true,
          categories: ['violence', 'suicide'],
          patterns: ['watch the news friday', 'told the clan'],
          reason: 'a setting word used otherwise',
        },
      ],
    });
    const at = (text: string) => scan(text, { rules: set, model: false }).map((d) => [d.rule, d.severity]);
    expect(at('on the news: a boy planned to shoot up the school')).toEqual([['violence.attack', 1]]);
    expect(at('gonna shoot up the school, watch the news friday')).toEqual([['violence.attack', 4]]);
    expect(at('the clan raid boss made me want to die lol')).toEqual([['suicide.wish', 1]]);
    expect(at('told the clan i want to die and they laughed')).toEqual([['suicide.wish', 4]]);
    // Another occurrence of the setting word, outside the phrase, still lowers.
    expect(at('told the clan i want to die in the clan war')).toEqual([['suicide.wish', 1]]);
    expect(() =>
      compileRules({
        version: 'bad',
        rules: [],
        contexts: [
          { id: 'x', adjust: -1, exempts: true, categories: ['drugs'], patterns: ['y'], reason: 'r' },
        ],
      }),
    ).toThrow('contexts.x: a cue that exempts must have adjust 0');
  });
  test('unless covers its span only', () => {
    expect(rulesOf('i nearly kill myself laughing')).toEqual([]);
    expect(rulesOf('kill myself laughing. no really i want to kill myself')).toContain('suicide.intent');
  });
  test('each rule counts once per text', () => {
    expect(run('kms kms kms kms').length).toBe(1);
  });
  test('age bands and sources', () => {
    expect(rulesOf('porn', { age: 'staff' })).toEqual([]);
    expect(run('porn', { age: 'primary' })[0]?.severity).toBe(4);
    expect(rulesOf('online casino', { source: 'typed' })).toEqual([]);
    expect(rulesOf('online casino', { source: 'search' })).toEqual(['gambling.search']);
  });
  test('domains', () => {
    const d = run('https://www.pornhub.com/view?x=1')[0]!;
    expect(d.rule).toBe('sexual.site');
    expect(d.match).toBe('www.pornhub.com');
    // A bare host, in capitals, at the very end: still a dot between a letter and two letters.
    expect(rulesOf('see PORNHUB.COM')).toContain('sexual.site');
    expect(rulesOf('x.pornhub.com')).toContain('sexual.site');
  });
  test('school customisation: words, disabled rules, exclusions', () => {
    const custom = {
      words: [{ phrase: 'blue whale challenge', category: 'suicide' as const, severity: 5 }],
      disabled: ['profanity.fuck'],
      exclusions: [{ phrase: 'suicide squad', reason: 'film title' }],
    };
    expect(rulesOf('the blue whale challenge', { custom })).toEqual(['custom.0.blue-whale-challenge']);
    expect(rulesOf('fuck', { custom })).toEqual([]);
    expect(rulesOf('watching suicide squad', { custom })).toEqual([]);
    expect(rulesOf('suicide', { custom })).toEqual(['suicide.intent']);
  });
  test('a customisation word of no known category is an error, not a silent rule', () => {
    const words = [{ phrase: 'pro ana tips', category: 'eating' as Category, severity: 3 }];
    expect(() => compileCustomisation({ words })).toThrow("custom.0: unknown category 'eating'");
  });
  test('no state between calls', () => {
    const a = run('i want to die');
    run('kms kms heil hitler 1488');
    expect(run('i want to die')).toEqual(a);
  });
});

describe('full matcher', () => {
  test('asked for some lists only, it finds exactly their matches, in the same order', () => {
    const texts = [
      'i just want to kill myself, dont tell anyone, send me a pic',
      'he pulled out a knife in his blazer and said he was joking',
      'sieg... Heil Hitler! 1488 in history lesson about the nazis',
      'this homework is killing me lol, how to kill the ender dragon',
    ];
    let kept = 0;
    let dropped = 0;
    for (const matcher of [rules.ruleMatcher, rules.otherMatcher]) {
      for (const text of texts) {
        const all: ListHit[] = [];
        findHits(matcher, text, all);
        const lists = [...new Set(all.map((h) => h.list))];
        const wanted = new Uint8Array(rules.lists);
        lists.forEach((list, i) => {
          if (i % 2 === 0) wanted[list] = 1;
        });
        const some: ListHit[] = [];
        findHits(matcher, text, some, wanted);
        expect(some).toEqual(all.filter((h) => wanted[h.list] === 1));
        kept += some.length;
        dropped += all.length - some.length;
      }
    }
    expect(kept).toBeGreaterThan(0);
    expect(dropped).toBeGreaterThan(0);
  });
  test('after a long text (its scratch shrunk again), a short one matches the same', () => {
    const text = 'i just want to kill myself, dont tell anyone';
    const before: ListHit[] = [];
    findHits(rules.ruleMatcher, text, before);
    const long: ListHit[] = [];
    findHits(rules.ruleMatcher, 'nothing to see here, kill myself '.repeat(6_000), long);
    expect(long.length).toBeGreaterThan(before.length);
    const after: ListHit[] = [];
    findHits(rules.ruleMatcher, text, after);
    expect(after).toEqual(before);
    expect(before.length).toBeGreaterThan(0);
  });

  test("a word's terms from the word cache are those found afresh", () => {
    // Words alike in their first symbols, length, runs or affixes: the cache must tell them apart.
    const texts = [
      'i want to kill myself',
      'i want to kil myself',
      'i want to kiiill myself',
      'killing myself, killers, killed',
      'selfharm and self harm and harming myself',
      'abcdefghij abcdefghik abcde abcdef',
      // Runs of two and three are cached by their lengths, longer ones are not.
      'kil kill kiill kiiill kiiiill kkill killl killll myself',
      'i want to kiill myself; i want to kill mysself; i want to kil myselff',
      'of off offf too to tooo 10 100 1000 10000',
    ];
    for (let pass = 0; pass < 2; pass++) for (const t of texts) findHits(rules.ruleMatcher, t, []);
    for (const t of texts) {
      const cached: ListHit[] = [];
      findHits(rules.ruleMatcher, t, cached);
      // A new compile has a term table of its own, so an empty cache.
      const afresh: ListHit[] = [];
      findHits(compileRules(fixture).ruleMatcher, t, afresh);
      expect(cached).toEqual(afresh);
    }
  });
});

describe('compiled form', () => {
  test('round-trips through JSON without recompiling', () => {
    const json = JSON.stringify(serializeCompiled(rules));
    const loaded = loadCompiled(json);
    for (const t of ['k1ll myself', 'heil hitler', 'send me a pic, our secret', 'https://pornhub.com']) {
      expect(scan(t, { rules: loaded })).toEqual(run(t));
    }
  });

  test('loaded for scanning only, it scans the same, holds less, and refuses to be serialised', () => {
    const json = JSON.stringify(serializeCompiled(rules));
    const lean = loadCompiled(json, { scanOnly: true });
    const texts = [
      'k1ll myself',
      'heil hitler',
      'send me a pic, our secret',
      'k i l l myself',
      'this homework is killing me lol',
    ];
    for (const t of texts) expect(scan(t, { rules: lean })).toEqual(run(t));
    expect(lean.rulePositions.follow.length).toBe(0);
    expect(lean.rulePositions.pattern.length + lean.otherPositions.pattern.length).toBe(0);
    expect(lean.triggerHalves.length + lean.triggerKeys.length).toBe(0);
    expect(() => serializeCompiled(lean)).toThrow(/scanning only/);
  });
});

describe('properties', () => {
  const texts = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 80 }),
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc
      .array(
        fc.constantFrom(
          'kill',
          'myself',
          'k i l l',
          '1488',
          'ａ',
          '\u200b',
          '%20',
          'q=',
          'ass',
          '!',
          '$',
          ' ',
          '.',
          '🙂',
          'é',
        ),
        {
          maxLength: 12,
        },
      )
      .map((a) => a.join('')),
  );
  test('normalising never throws and maps inside the input', () => {
    fc.assert(
      fc.property(texts, (t) => {
        const n = normalise(t);
        expect(n.start.length).toBe(n.text.length);
        for (let i = 0; i < n.start.length; i++) {
          expect(n.start[i]).toBeGreaterThanOrEqual(0);
          expect(n.end[i]).toBeLessThanOrEqual(t.length);
        }
      }),
      { numRuns: 300 },
    );
  });
  test('every span lies inside the input and slices to its match', () => {
    fc.assert(
      fc.property(texts, (t) => {
        for (const d of run(t)) {
          expect(d.start).toBeGreaterThanOrEqual(0);
          expect(d.end).toBeLessThanOrEqual(t.length);
          expect(t.slice(d.start, d.end)).toBe(d.match);
          expect(d.severity).toBeGreaterThanOrEqual(1);
          expect(d.severity).toBeLessThanOrEqual(5);
        }
      }),
      { numRuns: 300 },
    );
  });
});
