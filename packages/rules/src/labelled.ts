// Labelled sets (category<TAB>min severity<TAB>text; '-' for benign): the rules' check sets, the
// text model's training data and the blind sets share this one reader.
import { readFileSync } from 'node:fs';

export interface LabelledItem {
  text: string;
  /** Categories a detector should report; empty for a benign text. */
  expect: string[];
  /** Lowest acceptable severity; 0 for a benign text. */
  min: number;
}

export function parseLabelled(tsv: string): LabelledItem[] {
  return tsv
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((line) => {
      const [cats = '-', min = '-', ...rest] = line.split('\t');
      return {
        text: rest.join('\t'),
        expect: cats === '-' ? [] : cats.split(',').map((c) => c.trim()),
        min: min === '-' ? 0 : Number(min),
      };
    });
}

export const readLabelled = (path: string | URL): LabelledItem[] => parseLabelled(readFileSync(path, 'utf8'));
