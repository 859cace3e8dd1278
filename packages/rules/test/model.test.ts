// The text model as the library ships it: trained on the current training set, learnt by the
// real trainer, carried by the compiled library.
import { classify, featureHashes, loadTextModel, modelDetections, rowOf } from '@vigil/engine';
import { bundledRules } from '@vigil/rules';
import { describe, expect, test } from 'vitest';
import { trainingSet } from '../scripts/training-set.js';
import type { LabelledItem } from '../src/labelled.js';
import { trainTextModel } from '../src/model/train.js';

describe('the bundled text model', () => {
  const rules = bundledRules();
  test('was trained on the training set as it is now (else run `npm run rules:train`)', () => {
    const { items, digest } = trainingSet();
    expect(rules.textModel, 'library/model/text-model.json is missing').not.toBeNull();
    expect(rules.textModel!.data.trainedOn).toEqual({ lines: items.length, digest });
  });
  test('finds indirect wording no rule lists, and stays quiet on ordinary school text', () => {
    const model = rules.textModel!;
    const none = model.data.classes.length;
    expect(
      classify(model, 'can we do the geography field trip on thursday instead').probabilities[none],
    ).toBeGreaterThan(0.9);
    expect(modelDetections(model, 'Penistone Grammar School sixth form open evening')).toEqual([]);
  });
});

describe('the trainer', () => {
  const say = (text: string, cat?: string, min = 4): LabelledItem => ({
    text,
    expect: cat ? [cat] : [],
    min: cat ? min : 0,
  });
  const items: LabelledItem[] = [
    ...[
      'i want to disappear forever',
      'everyone would be better off if i disappeared',
      'ready to disappear tonight',
    ].map((t) => say(t, 'suicide')),
    ...[
      'he brought a blade to school to get him',
      'hes got a blade in his bag for after school',
      'gonna bring my blade tmrw',
    ].map((t) => say(t, 'violence', 3)),
    ...[
      'the magician made the rabbit disappear',
      'the blade of grass was wet',
      'can we go to the park after school',
      'my homework is due tomorrow',
      'the sun will disappear behind the clouds',
    ].map((t) => say(t)),
  ];
  const options = { minCount: 1, epochs: 30, threshold: 0.5 };
  test('learns categories and the severity head from labelled texts', () => {
    const model = loadTextModel(trainTextModel(items, { lines: items.length, digest: 'test' }, options));
    const [d] = modelDetections(model, 'i just want to disappear');
    expect(d).toMatchObject({ category: 'suicide', severity: 4 });
    expect(modelDetections(model, 'a blade in his bag')[0]).toMatchObject({
      category: 'violence',
      severity: 3,
    });
    expect(modelDetections(model, 'can we go to the park tomorrow')).toEqual([]);
  });
  test('is deterministic: the same data gives the same model', () => {
    const a = trainTextModel(items, { lines: 0, digest: 'x' }, options);
    const b = trainTextModel(items, { lines: 0, digest: 'x' }, options);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
  test('averages the weights of several shuffles (runs): the biases are the mean of each run', () => {
    const one = (seed: number) =>
      trainTextModel(items, { lines: 0, digest: 'x' }, { ...options, runs: 1, seed });
    const [a, b] = [one(1), one(3)];
    const both = trainTextModel(items, { lines: 0, digest: 'x' }, { ...options, runs: 2, seed: 1 });
    expect(a.bias).not.toEqual(b.bias);
    for (const [i, v] of both.bias.entries()) expect(v).toBeCloseTo((a.bias[i]! + b.bias[i]!) / 2, 12);
    expect(both.concernBias).toBeCloseTo((a.concernBias + b.concernBias) / 2, 12);
  });
  test("reads the features it is given (an experiment's), the engine's by default", () => {
    const own = items.map((it) => featureHashes(it.text));
    const given = trainTextModel(items, { lines: 0, digest: 'x' }, options, own);
    expect(JSON.stringify(given)).toBe(
      JSON.stringify(trainTextModel(items, { lines: 0, digest: 'x' }, options)),
    );
    // One made-up feature on every risky text: it is learnt as a row like any word.
    const marked = own.map((fs, i) => (items[i]!.expect.length > 0 ? Int32Array.from([...fs, 12345]) : fs));
    const model = loadTextModel(trainTextModel(items, { lines: 0, digest: 'x' }, options, marked));
    expect(rowOf(model, 12345)).toBeGreaterThanOrEqual(0);
  });
});
