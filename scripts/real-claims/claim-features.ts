/**
 * Features of a (sentence, claim) pair for the second stage (model-cv.ts, MODEL-CV.md): the same
 * featurizer the run-time second stage reads (lib/match/claim-model.ts), so the weights the CV
 * trains are the weights the pack ships.
 */
export {
  hitKind,
  MODEL_ACTORS,
  sentenceFeatures,
  signalFeatures,
  tokenize,
  wordFeatures,
  type ClaimModelPart,
  type ClaimModelWeights,
} from '../../lib/match/claim-model';
