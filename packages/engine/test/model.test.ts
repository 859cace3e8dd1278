// The text model as the engine runs it: the feature reader, a small hand-built model, how its
// findings join the rules', and its compiled form.
import {
  classify,
  classWeight,
  compileRules,
  loadCompiled,
  loadTextModel,
  type ModelRow,
  modelDetections,
  packTextModel,
  readFeatures,
  rowOf,
  scan,
  serializeCompiled,
  type TextModelData,
  type TokenSpans,
  tokenSpans,
  wordFeature,
} from '@vigil/engine';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { reportsAny } from '../src/model/classify.js';
import { fixture } from './fixtures/library.js';

const CLASSES = ['suicide', 'violence'] as const;

/** A model that knows two words: 'die' (suicide, a concern) and 'knife' (violence, to review). */
function tinyModel(threshold = 0.9): TextModelData {
  const rows: ModelRow[] = [
    { hash: wordFeature('die'), weights: [{ cls: 0, weight: 6 }], concern: 4 },
    { hash: wordFeature('knife'), weights: [{ cls: 1, weight: 6 }], concern: -4 },
  ];
  return packTextModel(rows, {
    trainedOn: { lines: 2, digest: 'test' },
    classes: [...CLASSES],
    threshold,
    concernCategories: ['suicide'],
    reviewSeverity: { suicide: 3, violence: 3 },
    bias: [-3, -3, 0],
    concernBias: 0,
  });
}

function features(text: string): { hashes: number[]; spans: TokenSpans } {
  const hashes: number[] = [];
  const spans: TokenSpans = tokenSpans();
  readFeatures(text, (h) => hashes.push(h), spans);
  return { hashes, spans };
}

describe('feature reader', () => {
  test('reads through case, leetspeak, stretched letters, fullwidth forms and apostrophes', () => {
    const die = wordFeature('die');
    for (const t of ['DIE', 'd1e', 'diiiie', 'ｄｉｅ', "di'e"]) expect(features(t).hashes).toContain(die);
    expect(features('3rd').hashes).toContain(wordFeature('3rd'));
    expect(features('3rd').hashes).not.toContain(wordFeature('erd'));
  });
  test('after a long text a short one reads the same (the feature set grown for the long one shrinks)', () => {
    const short = 'i want to die, i want to die tonight';
    const before = features(short).hashes;
    // 200,000 characters grow the set to 16 MB; the next short text shrinks it again.
    expect(features('cut me '.repeat(30_000)).hashes.length).toBeGreaterThan(2);
    expect(features(short).hashes).toEqual(before);
  });
  test('a word and a word pair are distinct features, each sent once', () => {
    const { hashes } = features('cutting cutting');
    expect(new Set(hashes).size).toBe(hashes.length);
    expect(hashes).toContain(wordFeature('cutting'));
    expect(hashes.length).toBe(3); // the word, the pair, and "a short text"
  });
  test('emoji are features of their own, spanned in the original', () => {
    const text = 'ok 💀';
    const { hashes, spans } = features(text);
    expect(spans.count).toBe(2);
    expect(text.slice(spans.start[1], spans.end[1])).toBe('💀');
    expect(features('ok').hashes.length).toBeLessThan(hashes.length);
  });
  test('a word is hashed as it is read, as wordFeature hashes its first 48 symbols when nothing needs tidying', () => {
    const plain = (w: string): boolean => !/([a-z])\1\1/.test(w) && !(/[a-z]/.test(w) && /[013457]/.test(w));
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9]{1,60}$/), (word) => {
        const kept = word.slice(0, 48);
        if (!plain(kept)) return;
        expect(features(`${word} ok`).hashes[0]).toBe(wordFeature(kept));
      }),
      { numRuns: 500 },
    );
    // A stretched or leet word after a plain one is tidied; the plain one is not.
    expect(features('sooo diiie').hashes).toEqual(features('so die').hashes);
    expect(features('d1e now').hashes[0]).toBe(wordFeature('die'));
  });
  test('URL-encoded searches are decoded before reading', () => {
    expect(features('search?q=i%20want%20to%20die').hashes).toContain(wordFeature('die'));
  });
  test('never throws; every token span lies inside the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), (t) => {
        const { spans } = features(t);
        for (let i = 0; i < spans.count; i++) {
          expect(spans.start[i]).toBeGreaterThanOrEqual(0);
          expect(spans.end[i]).toBeLessThanOrEqual(t.length);
          expect(spans.start[i]).toBeLessThan(spans.end[i]!);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('a hand-built model', () => {
  const model = loadTextModel(tinyModel());
  test('classifies, with the concern head deciding severity 4', () => {
    const v = classify(model, 'i just want to die');
    expect(v.probabilities[0]).toBeGreaterThan(0.9);
    expect(v.concern).toBeGreaterThan(0.9);
    expect(classify(model, 'pass the salt').probabilities[2]).toBeGreaterThan(0.9);
  });
  test('a detection names the words that decided it, spanned in the original', () => {
    const text = 'honestly i just want to DIE tonight';
    const [d, ...rest] = modelDetections(model, text);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ category: 'suicide', severity: 4, rule: 'model.suicide', match: 'DIE' });
    expect(text.slice(d!.start, d!.end)).toBe(d!.match);
    expect(d!.reasons.join(' ')).toMatch(/text model 0\.9\d.*'DIE'.*severity 4/);
    expect(modelDetections(model, 'a knife')[0]).toMatchObject({ category: 'violence', severity: 3 });
  });
  test('the severity head reads a concern from its own cutoff (0.5 when the model has none)', () => {
    // 'die' alone: the concern head gives sigmoid(4) = 0.98; with a bias of -4.5 it gives 0.38.
    const unsure = { ...tinyModel(), concernBias: -4.5 };
    expect(modelDetections(loadTextModel(unsure), 'die')[0]!.severity).toBe(3);
    expect(modelDetections(loadTextModel({ ...unsure, concernAt: 0.25 }), 'die')[0]!.severity).toBe(4);
  });
  test('a clear risk split between categories reports each share (TextModelData.shared)', () => {
    // 'die knife': suicide and violence at 0.49 each, nothing to report at 0.02.
    expect(modelDetections(loadTextModel(tinyModel()), 'die knife')).toEqual([]);
    const sharing = loadTextModel({ ...tinyModel(), shared: { risk: 0.95, share: 0.2 } });
    const found = modelDetections(sharing, 'die knife');
    expect(found.map((d) => d.category)).toEqual(['suicide', 'violence']);
    expect(found[0]!.reasons[0]).toMatch(/0\.49 of a risk at 0\.98/);
    expect(
      modelDetections(loadTextModel({ ...tinyModel(), shared: { risk: 0.99, share: 0.2 } }), 'die knife'),
    ).toEqual([]);
    expect(
      modelDetections(loadTextModel({ ...tinyModel(), shared: { risk: 0.95, share: 0.5 } }), 'die knife'),
    ).toEqual([]);
  });
  test('a model sure of a concern reports a category from a lower share (TextModelData.concerned)', () => {
    // At a threshold of 0.99, 'die' (suicide 0.95, the severity head 0.98) and 'knife' (violence
    // 0.95, the head 0.02) go unreported; sure of a concern, the model reports 'die' from 0.5.
    const strict = tinyModel(0.99);
    expect(modelDetections(loadTextModel(strict), 'die')).toEqual([]);
    const concerned = loadTextModel({ ...strict, concerned: { concern: 0.95, share: 0.5 } });
    const [found] = modelDetections(concerned, 'die');
    expect(found).toMatchObject({ category: 'suicide', severity: 4 });
    expect(found!.reasons[0]).toMatch(/reports at 0\.5, a concern at 0\.95 or more/);
    expect(reportsAny(concerned, classify(concerned, 'die'))).toBe(true);
    expect(modelDetections(concerned, 'knife')).toEqual([]);
    expect(
      modelDetections(loadTextModel({ ...strict, concerned: { concern: 0.99, share: 0.5 } }), 'die'),
    ).toEqual([]);
    expect(
      modelDetections(loadTextModel({ ...strict, concerned: { concern: 0.95, share: 0.96 } }), 'die'),
    ).toEqual([]);
  });
  test('keep builds only the findings it keeps, each as built without it; reportsAny says whether there are any', () => {
    const sharing = loadTextModel({ ...tinyModel(), shared: { risk: 0.95, share: 0.2 } });
    const verdict = classify(sharing, 'die knife');
    const all = modelDetections(sharing, 'die knife', verdict);
    expect(all.map((d) => d.category)).toEqual(['suicide', 'violence']);
    expect(reportsAny(sharing, verdict)).toBe(true);
    const kept: string[] = [];
    const violence = modelDetections(sharing, 'die knife', verdict, (category, severity) => {
      kept.push(`${category} ${severity}`);
      return category === 'violence';
    });
    expect(kept).toEqual(['suicide 4', 'violence 3']);
    expect(violence).toEqual([all[1]]);
    expect(reportsAny(sharing, classify(sharing, 'pass the salt'))).toBe(false);
  });
  test("a verdict keeps its probabilities after the next text is classified (scan's reused buffer is its own)", () => {
    const v = classify(model, 'i just want to die');
    const before = [...v.probabilities];
    classify(model, 'pass the salt');
    scan('pass the knife', { rules: compileRules({ ...fixture, model: tinyModel() }) });
    expect([...v.probabilities]).toEqual(before);
  });
  test('nothing below the threshold', () => {
    expect(modelDetections(loadTextModel(tinyModel(0.999)), 'die')).toEqual([]);
  });
  test('a broken model is refused with a reason', () => {
    expect(() => loadTextModel({ ...tinyModel(), format: 3 as 4 })).toThrow(/format 3/);
    expect(() => loadTextModel({ ...tinyModel(), bias: [0] })).toThrow(/bias/);
    expect(() => loadTextModel({ ...tinyModel(), rowClasses: 'AQA=' })).toThrow(/disagree/);
  });
  test('every feature the model knows passes its filter to its own row; others mostly stop there', () => {
    const rows: ModelRow[] = Array.from({ length: 5000 }, (_, i) => ({
      hash: wordFeature(`w${i}x`),
      weights: [{ cls: i % 2, weight: (i % 7) + 1 }],
      concern: 0,
    }));
    const model = loadTextModel(packTextModel(rows, { ...tinyModel(), bias: [-3, -3, 0] }));
    const unfiltered = { ...model, filter: undefined };
    const seen = new Set<number>();
    for (const row of rows) {
      const r = rowOf(model, row.hash);
      expect(rowOf(unfiltered, row.hash)).toBe(r);
      // A byte a weight, each column scaled to its largest (7): within half a step.
      expect(
        Math.abs(classWeight(model, r, row.weights[0]!.cls) - row.weights[0]!.weight),
      ).toBeLessThanOrEqual(7 / 254 + 1e-9);
      seen.add(r);
    }
    expect(seen.size).toBe(rows.length);
    let stopped = 0;
    for (let i = 0; i < 5000; i++) {
      const hash = wordFeature(`u${i}y`);
      expect(rowOf(model, hash)).toBe(-1);
      const m = Math.imul(hash, 0x9e3779b1);
      const word = model.filter![m >>> 17]!;
      if (((word >>> (m & 31)) & (word >>> ((m >>> 5) & 31)) & 1) === 0) stopped++;
    }
    expect(stopped).toBeGreaterThan(4900);
  });
  test('a row packed with its classes out of order loads each weight in its class; a class twice is refused', () => {
    const header = { ...tinyModel(), bias: [0, 0, 0] };
    const shuffled = [
      { cls: 2, weight: 3 },
      { cls: 0, weight: -1 },
    ];
    const model = loadTextModel(packTextModel([{ hash: 7, weights: shuffled, concern: 0 }], header));
    const row = rowOf(model, 7);
    expect(classWeight(model, row, 0)).toBeCloseTo(-1, 3);
    expect(classWeight(model, row, 1)).toBe(0);
    expect(classWeight(model, row, 2)).toBeCloseTo(3, 3);
    const twice = [...shuffled, { cls: 0, weight: 1 }];
    expect(() => packTextModel([{ hash: 7, weights: twice, concern: 0 }], header)).toThrow(/twice/);
  });
  test('weights survive packing as Int16, and loading as a byte scaled per column, to within half a step of their column', () => {
    const weights = [6, -0.123456, 0.0001, 2.5].map((weight, cls) => ({ cls, weight }));
    const model = loadTextModel(
      packTextModel([{ hash: 1, weights, concern: -3.3 }], {
        trainedOn: { lines: 1, digest: 'test' },
        classes: ['suicide', 'violence', 'drugs', 'gambling'],
        threshold: 0.9,
        concernCategories: [],
        reviewSeverity: {},
        bias: [0, 0, 0, 0, 0],
        concernBias: 0,
      }),
    );
    // One row: each column's largest weight is its own, so each lands on 127 (or -127) exactly,
    // but for what Int16 packing already lost (a part in 30,000 of the largest).
    for (const w of weights)
      expect(Math.abs(classWeight(model, 0, w.cls) - w.weight)).toBeLessThan(6 / 30000);
    expect(model.rows[model.stride - 1]! * model.columnScale[model.stride - 1]!).toBeCloseTo(-3.3, 3);
    expect(model.rows).toBeInstanceOf(Int8Array);
  });

  test('a column of small weights beside a large one keeps them to within half of its own step', () => {
    const rows: ModelRow[] = [
      { hash: 1, weights: [{ cls: 0, weight: 4 }], concern: 0 },
      {
        hash: 2,
        weights: [
          { cls: 0, weight: 0.3 },
          { cls: 1, weight: 0.02 },
        ],
        concern: 1,
      },
      { hash: 3, weights: [{ cls: 1, weight: -0.01 }], concern: -0.5 },
    ];
    const model = loadTextModel(packTextModel(rows, { ...tinyModel(), bias: [0, 0, 0] }));
    const near = (hash: number, cls: number, want: number, columnLargest: number) =>
      expect(Math.abs(classWeight(model, rowOf(model, hash), cls) - want)).toBeLessThanOrEqual(
        columnLargest / 254 + 4 / 32767,
      );
    near(1, 0, 4, 4);
    near(2, 0, 0.3, 4);
    // Class 1's column is scaled to its own largest (0.02), not to the model's (4).
    near(2, 1, 0.02, 0.02);
    near(3, 1, -0.01, 0.02);
  });
});

describe('the model inside scan()', () => {
  const rules = compileRules({ ...fixture, model: tinyModel() });
  test('reports what no rule found', () => {
    expect(scan('i want to go to sleep and die', { rules }).map((d) => d.rule)).toContain('model.suicide');
  });
  test('stays out where a rule found the category at that severity or above', () => {
    const found = scan('i want to die', { rules });
    expect(found.map((d) => d.rule)).toEqual(['suicide.intent']);
  });
  test('a school can switch it off per category or whole; a caller can leave it out', () => {
    const text = 'i want to go to sleep and die';
    expect(scan(text, { rules, custom: { disabled: ['model.suicide'] } })).toEqual([]);
    expect(scan(text, { rules, custom: { disabled: ['model'] } })).toEqual([]);
    expect(scan(text, { rules, model: false })).toEqual([]);
  });
  test("a school's exclusions silence it like any rule", () => {
    const text = 'we read about how to die well in RE';
    expect(scan(text, { rules, custom: { exclusions: [{ phrase: 'how to die well' }] } })).toEqual([]);
  });
  test("defers to the rules where they read the words as innocent (a rule's unless)", () => {
    const own = compileRules({
      version: 'test',
      rules: [{ id: 't.die', category: 'suicide', severity: 4, patterns: ['die'], unless: ['die laughing'] }],
      model: tinyModel(),
    });
    expect(scan('i could die laughing at that', { rules: own })).toEqual([]);
    expect(scan('i could just die', { rules: own }).map((d) => d.rule)).toEqual(['t.die']);
  });
  test("a rule's milder reading covers the near words it read, so the model's reading of them is held back too", () => {
    // 'blade' (the hit) near 'die' (its partner), lowered by 3 in a cookery lesson: the rule read
    // both words, so the model's suicide finding decided by 'die' alone is held back with it.
    const own = compileRules({
      version: 'test',
      rules: [
        {
          id: 't.blade-die',
          category: 'suicide',
          severity: 4,
          patterns: ['blade'],
          near: { within: 6, patterns: ['die'] },
          context: [{ patterns: ['cookery'], within: 10, adjust: -3, reason: 'a lesson' }],
        },
      ],
      model: tinyModel(),
    });
    expect(
      scan('cookery: the blade is blunt, die cuts dough', { rules: own }).map((d) => [d.rule, d.severity]),
    ).toEqual([['t.blade-die', 1]]);
    // Without the lesson the rule stands; without the rule the model reports the words alone.
    expect(scan('the blade is blunt, i could die', { rules: own }).map((d) => d.rule)).toEqual([
      't.blade-die',
    ]);
    expect(scan('cookery: die cuts dough', { rules: own }).map((d) => d.rule)).toEqual(['model.suicide']);
  });
  test('a cue marked for the model holds back its finding where no rule read the words; an unmarked cue does not', () => {
    // 'knife' (violence to the tiny model) at a carving station: no violence rule reads it, so
    // only a cue marked `model` can lower the model's finding; `adjust: 0` leaves rules alone.
    const withCue = (model: boolean) =>
      compileRules({
        version: 'test',
        rules: [{ id: 't.fight', category: 'violence', severity: 3, patterns: ['fight'] }],
        contexts: [
          {
            id: 'carving',
            adjust: 0,
            within: 4,
            categories: ['violence'],
            patterns: ['pumpkin carving'],
            reason: 'carving a pumpkin',
            model,
          },
        ],
        model: tinyModel(),
      });
    const text = 'pumpkin carving tonight, bring a knife';
    expect(scan(text, { rules: withCue(true) })).toEqual([]);
    expect(scan(text, { rules: withCue(false) }).map((d) => d.rule)).toEqual(['model.violence']);
    // Beyond `within` words the cue does not reach the model's words.
    const far = 'pumpkin carving tonight at the hall with everyone from our street, bring a knife';
    expect(scan(far, { rules: withCue(true) }).map((d) => d.rule)).toEqual(['model.violence']);
    // The rules' hits are not lowered by it, and it survives serialising.
    const loaded = loadCompiled(JSON.stringify(serializeCompiled(withCue(true))));
    expect(scan('pumpkin carving fight', { rules: loaded }).map((d) => [d.rule, d.severity])).toEqual([
      ['t.fight', 3],
    ]);
    expect(scan(text, { rules: loaded })).toEqual([]);
  });
  test("its second opinion lowers a rule's 3 to 2 where it is sure there is nothing, never a concern", () => {
    // 'homework' pushes hard towards "nothing to report" (the last class).
    const sure = (innocent?: number) => {
      const data = tinyModel();
      const rows: ModelRow[] = [
        { hash: wordFeature('homework'), weights: [{ cls: 2, weight: 8 }], concern: 0 },
        { hash: wordFeature('die'), weights: [{ cls: 0, weight: 6 }], concern: 4 },
      ];
      return compileRules({
        version: 'test',
        rules: [
          { id: 't.fight', category: 'violence', severity: 3, patterns: ['fight'] },
          { id: 't.stab', category: 'violence', severity: 4, patterns: ['stab'] },
        ],
        model: packTextModel(rows, { ...data, ...(innocent === undefined ? {} : { innocent }) }),
      });
    };
    const lowered = scan('the homework fight scene', { rules: sure(0.98) });
    expect(lowered.map((d) => [d.rule, d.severity])).toEqual([['t.fight', 2]]);
    expect(lowered[0]!.reasons.at(-1)).toBe(
      '-1 the text model reads the whole text as innocent (1.000, lowers at 0.98)',
    );
    // A concern keeps its severity; without the setting, or with the model off, nothing changes.
    expect(scan('the homework stab scene', { rules: sure(0.98) }).map((d) => d.severity)).toEqual([4]);
    expect(scan('the homework fight scene', { rules: sure() }).map((d) => d.severity)).toEqual([3]);
    expect(
      scan('the homework fight scene', { rules: sure(0.98), model: false }).map((d) => d.severity),
    ).toEqual([3]);
    expect(
      scan('the homework fight scene', { rules: sure(0.98), custom: { disabled: ['model'] } }).map(
        (d) => d.severity,
      ),
    ).toEqual([3]);
    // Not sure enough: the rule stands.
    expect(scan('a fight', { rules: sure(0.98) }).map((d) => d.severity)).toEqual([3]);
  });
  test("its second opinion raises a rule's 3 to 4 where the severity head reads a concern in that category", () => {
    // 'tonight' leans to suicide (0.61: below the model's own threshold) and reads as a concern.
    const data = tinyModel();
    const rows: ModelRow[] = [
      { hash: wordFeature('tonight'), weights: [{ cls: 0, weight: 3.5 }], concern: 6 },
    ];
    const raising = (raise?: { concern: number; share: number }) =>
      compileRules({
        version: 'test',
        rules: [
          { id: 't.gone', category: 'suicide', severity: 3, patterns: ['gone'] },
          { id: 't.fishing', category: 'suicide', severity: 3, patterns: ['gone'], unless: ['gone fishing'] },
          { id: 't.fight', category: 'violence', severity: 3, patterns: ['fight'] },
        ],
        model: packTextModel(rows, { ...data, ...(raise ? { raise } : {}) }),
      });
    const at = { concern: 0.9, share: 0.2 };
    const raised = scan('i will be gone tonight', { rules: raising(at) });
    expect(raised.map((d) => [d.rule, d.severity])).toEqual([
      ['t.fishing', 4],
      ['t.gone', 4],
    ]);
    expect(raised[0]!.reasons.at(-1)).toBe(
      '+1 the text model reads a safeguarding concern (1.00, raises at 0.9) in suicide (0.61)',
    );
    // Not in a category the model reads there, not without the concern, not without the setting.
    expect(scan('a fight tonight', { rules: raising(at) }).map((d) => d.severity)).toEqual([3]);
    expect(scan('i will be gone', { rules: raising(at) }).map((d) => d.severity)).toEqual([3, 3]);
    expect(scan('i will be gone tonight', { rules: raising() }).map((d) => d.severity)).toEqual([3, 3]);
    // Where a rule read the words as innocent (its unless), the rules' reading wins.
    expect(scan('gone fishing tonight', { rules: raising(at) }).map((d) => [d.rule, d.severity])).toEqual([
      ['t.gone', 3],
    ]);
  });
  test('survives the compiled form', () => {
    const loaded = loadCompiled(JSON.parse(JSON.stringify(serializeCompiled(rules))));
    const text = 'sleep forever and die';
    expect(scan(text, { rules: loaded })).toEqual(scan(text, { rules }));
    expect(scan(text, { rules: loaded }).length).toBe(1);
  });
  test('loaded for scanning only, it scans the same without its stored rows, and leaves the input alone', () => {
    const json = JSON.parse(JSON.stringify(serializeCompiled(rules)));
    const lean = loadCompiled(json, { scanOnly: true });
    for (const text of ['sleep forever and die', 'a knife', 'nothing here'])
      expect(scan(text, { rules: lean })).toEqual(scan(text, { rules }));
    expect(lean.model?.entryWeight).toBe('');
    expect(lean.textModel?.data.keys).toBe('');
    expect(lean.textModel?.data.threshold).toBe(rules.textModel?.data.threshold);
    expect(json.model.entryWeight).toBe(rules.model?.entryWeight);
  });
});
