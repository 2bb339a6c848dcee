/** Reshaping rows: nesting and flattening, splitting and gathering, renaming and lookups. */
export { aggregateRows, type AggregateRowsOptions } from './aggregateRows';
export { deletePath } from './deletePath';
export { dictionaryToList, type DictionaryToListOptions } from './dictionaryToList';
export { flatten, type FlattenOptions } from './flatten';
export { isPlainObject } from './isPlainObject';
export { listToDictionary, type ListToDictionaryOptions } from './listToDictionary';
export { mapValues, type LookupTable, type MapValuesOptions } from './mapValues';
export { readPath, type PathLookup } from './readPath';
export { renameFields, type FieldRename, type RenameFieldsOptions } from './renameFields';
export { splitArrayField, type SplitArrayFieldOptions } from './splitArrayField';
export { unflatten, type UnflattenOptions } from './unflatten';
export { writePath } from './writePath';
