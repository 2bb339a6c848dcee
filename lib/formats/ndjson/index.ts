/** NDJSON (JSON Lines): one JSON record per line, read and written as a stream. */
export { ndjsonChunks, writeNdjson } from './ndjsonChunks';
export { parseNdjson } from './parseNdjson';
export { streamNdjson, type NdjsonParseOptions, type NdjsonRecordHandler } from './streamNdjson';
