/** CSV: reading (streaming, papaparse underneath) and writing (RFC 4180, formula-safe). */
export { columnsOf } from './columnsOf';
export { csvChunks } from './csvChunks';
export { CsvFormatter } from './csvFormatter';
export { CsvPieceWriter } from './csvPieceWriter';
export { CsvRecordReader, type CsvRecordReaderOptions, type CsvQuoteProblem } from './csvRecordReader';
export { CANDIDATE_DELIMITERS, detectDelimiter } from './detectDelimiter';
export { detectNewline } from './detectNewline';
export { headerNames } from './headerNames';
export { isFormulaLike, neutraliseFormula } from './neutraliseFormula';
export type { CsvParseOptions, CsvWriteOptions } from './options';
export { parseCsv } from './parseCsv';
export { rowFactory } from './rowFactory';
export { streamCsv, type CsvRowHandler, type CsvStreamResult } from './streamCsv';
export { writeCsv } from './writeCsv';
