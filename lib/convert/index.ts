/** Converting field values between types: numbers by locale, yes/no words, dates by zone and format. */
export { BOOLEAN_WORDS } from './booleanWords';
export { convertFields, type ConversionError, type ConversionRule } from './convertFields';
export { DATE_TOKENS, type DateToken } from './dateTokens';
export { NAMED_DATE_FORMATS } from './namedDateFormats';
export { GROUP_SEPARATORS } from './numberSeparators';
export type { ConversionResult } from './result';
export { resolveTimeZone } from './timeZone';
export { toBoolean, type BooleanOptions } from './toBoolean';
export { toDate, type DateOptions } from './toDate';
export { toInteger, type IntegerOptions } from './toInteger';
export { toNumber, type NumberOptions } from './toNumber';
export { toText } from './toText';
