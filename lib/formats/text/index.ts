/** Bytes to text for the text formats: encodings, byte order marks, invalid bytes, line numbers. */
export { countLineBreaks } from './countLineBreaks';
export { decodeLatin1 } from './decodeLatin1';
export { decodeText } from './decodeText';
export { decodeTextStream } from './decodeTextStream';
export { decodeWindows1252 } from './decodeWindows1252';
export { exceedsUtf8Bytes, inputTooLarge } from './inputTooLarge';
export { firstInvalidUtf16le, firstInvalidUtf8, type InvalidSequence } from './invalidSequence';
export { LineCounter } from './lineCounter';
export { textChunks, type TextChunkOptions, type TextInput } from './textChunks';
export { TextStreamDecoder } from './textStreamDecoder';
export type { DecodeOptions, InvalidBytes, TextEncodingName } from './types';
