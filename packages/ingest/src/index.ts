export {
  type DatabaseHandle,
  requireStorage,
  type StorageModule,
  storageModule,
  type UpsertResult,
} from "./database.ts";
export {
  countDocuments,
  type InputDocument,
  parseJsonlLine,
  parseJsonRecords,
  type RawInput,
  readDocuments,
} from "./documents.ts";
export {
  type ExpandedInputs,
  expandInputs,
  type InputFile,
  type InputFormat,
  inputFormat,
} from "./expand-inputs.ts";
export {
  type GraphLoaderOptions,
  graphLoader,
  type IngestOptions,
  ingestDocument,
  ingestFiles,
} from "./ingest.ts";
export {
  type Extractor,
  extractGraph,
  loadExtractor,
  locateError,
  type Processed,
  type ProcessOptions,
  type ProcessStage,
  parseRawInput,
  processDocument,
  validateDocument,
} from "./process-document.ts";
export { DEFAULT_MAX_BYTES, fileSystemError, type ReadOptions, readInput } from "./read-input.ts";
export {
  type BatchOptions,
  type BatchProgress,
  type BatchStage,
  type BatchSummary,
  formatBatchSummary,
  runBatch,
} from "./run-batch.ts";
