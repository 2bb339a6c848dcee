/** XML records: reading the repeating elements of a document as rows, and writing rows as XML. */
export { parseXmlRecords, type ParseXmlOptions } from './parseXmlRecords';
export { writeXml, type WriteXmlOptions } from './writeXml';
export { isXmlName, toXmlName } from './toXmlName';
