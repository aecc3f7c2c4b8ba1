export { compromiseCorpusRecord } from "./compromise-baseline.ts";
export {
  CorpusEntity,
  CorpusInputLine,
  CorpusQuote,
  CorpusRecord,
  GoldDocument,
  GoldMention,
  GoldQuote,
  GoldQuoteDocument,
  parseJsonl,
  readJsonlFile,
  toCorpusRecord,
} from "./corpus.ts";
export { formatErrors } from "./errors.ts";
export {
  type EvalPaths,
  type EvalReport,
  extractCorpusRecord,
  formatEvalReport,
  runExtractorEval,
  type SystemScore,
  scoreCorpusRecords,
} from "./run-eval.ts";
export {
  type NerScore,
  normaliseMentionText,
  type PredictedDocument,
  type PredictedMention,
  type PrfScore,
  SCORED_TYPES,
  type ScoredType,
  scoredTypeOf,
  scoreNer,
  spanOverlap,
  tallyType,
} from "./score-ner.ts";
export { type PredictedQuoteDocument, type QuoteScore, scoreQuotes, speakersAgree } from "./score-quotes.ts";
export { runUnseenEval, UnseenGold } from "./unseen.ts";
