// Entity extraction for shopper messages: the public API of src/nlu/entities.
export { buildEntityExtractor, ENTITY_DEFAULTS } from './buildEntityExtractor';
export type { EntityExtractor, EntityExtractorConfig, ExtractOptions } from './buildEntityExtractor';
export { DEFAULT_LEXICON_DIR, LexiconError, loadLexicons, parseLexicons } from './loadLexicons';
export type { LexiconProblem } from './loadLexicons';
export type { LexiconName, Lexicons } from './lexiconSchemas';
export type * from './types';
