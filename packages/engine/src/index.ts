export const ENGINE_VERSION = '0.1.0';

export { checkPattern, compileCustomisation, compileRules, RuleCompileError } from './compile.js';
export type { CompiledRules } from './compiled.js';
export {
  classify,
  innocence,
  type ModelVerdict,
  modelDetections,
  modelSeverity,
  reports,
} from './model/classify.js';
export {
  type FeatureList,
  featureHashes,
  fmix,
  readFeatureList,
  readFeatures,
  type TokenSpans,
  tokenSpans,
  wordFeature,
} from './model/features.js';
export { concernShare, lowered, raised, secondGuessed } from './model/second-opinion.js';
export {
  classWeight,
  keyTable,
  loadTextModel,
  type ModelRow,
  packTextModel,
  quantiseRows,
  rowOf,
  rowsInSlotOrder,
  softmax,
  type TextModel,
  type TextModelData,
} from './model/text-model.js';
export { type Normalised, normalise } from './normalise.js';
export { PatternError } from './pattern.js';
export { scan } from './scan.js';
export { loadCompiled, type SerializedRules, serializeCompiled } from './serialize.js';
export {
  AGE_BANDS,
  type AgeBand,
  CATEGORIES,
  type Category,
  type Combination,
  type ContextCue,
  type ContextModifier,
  type Customisation,
  type Detection,
  type Profile,
  type Rule,
  type RuleSet,
  type ScanOptions,
  type Severity,
  SOURCES,
  type Source,
} from './types.js';
