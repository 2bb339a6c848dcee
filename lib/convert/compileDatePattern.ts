import { DATE_TOKENS, parseOffset, type DateField } from './dateTokens';
import { failure, succeed, type ConversionResult } from './result';
import type { WallTime } from './wallTime';

/** A pattern split into tokens and literal text. */
export type PatternPart = { token: string } | { literal: string };

/** What a pattern read from a text: the wall time and, if the pattern has `ZZ`, the offset. */
export interface PatternReading {
	wall: WallTime;
	offsetMs?: number;
}

export interface CompiledDatePattern {
	pattern: string;
	parts: PatternPart[];
	/** Reads a whole (trimmed) text; `undefined` if it does not have the pattern's shape. Ranges are not checked. */
	read: (text: string) => PatternReading | undefined;
}

const compiled = new Map<string, ConversionResult<CompiledDatePattern>>();
/** Patterns come from node parameters, so few are distinct; the cap only guards against misuse. */
const MAX_CACHED = 500;

/**
 * Compiles a date pattern such as `dd.MM.yyyy HH:mm` or `yyyy-MM-dd'T'HH:mm:ssZZ` (tokens in
 * {@link DATE_TOKENS}; text in single quotes is literal, `''` is a quote; other non-letters are
 * literal). Fails for an unknown token, an unclosed quote or a field given twice. Reading fills
 * missing time fields with 0; a pattern needs year, month and day to read dates at all, which
 * {@link toDate} checks.
 *
 * @example
 * const pattern = compileDatePattern('dd.MM.yyyy');
 * pattern.ok && pattern.value.read('31.12.2024'); // { wall: { year: 2024, month: 12, day: 31, hour: 0, … } }
 */
export function compileDatePattern(pattern: string): ConversionResult<CompiledDatePattern> {
	let result = compiled.get(pattern);
	if (result === undefined) {
		result = compile(pattern);
		if (compiled.size >= MAX_CACHED) compiled.clear();
		compiled.set(pattern, result);
	}
	return result;
}

function compile(pattern: string): ConversionResult<CompiledDatePattern> {
	const parts = splitPattern(pattern);
	if (typeof parts === 'string') return failure(parts);
	const fields: DateField[] = [];
	let source = '';
	for (const part of parts) {
		if ('literal' in part) {
			source += part.literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
			continue;
		}
		const spec = DATE_TOKENS[part.token];
		if (fields.includes(spec.field)) return failure(`date format "${pattern}" has the ${spec.field} twice`);
		fields.push(spec.field);
		source += `(${spec.input})`;
	}
	const regex = new RegExp(`^${source}$`);

	const read = (text: string): PatternReading | undefined => {
		const match = regex.exec(text);
		if (!match) return undefined;
		const wall: WallTime = { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0, millisecond: 0 };
		let offsetMs: number | undefined;
		for (const [i, field] of fields.entries()) {
			const captured = match[i + 1];
			if (field === 'offset') {
				offsetMs = parseOffset(captured);
				if (offsetMs === undefined) return undefined;
			} else {
				wall[field] = Number(captured);
			}
		}
		return offsetMs === undefined ? { wall } : { wall, offsetMs };
	};
	return succeed({ pattern, parts, read });
}

/** Splits a pattern into parts, or returns why it cannot be. */
function splitPattern(pattern: string): PatternPart[] | string {
	const parts: PatternPart[] = [];
	const addLiteral = (text: string) => {
		const last = parts[parts.length - 1];
		if (last !== undefined && 'literal' in last) last.literal += text;
		else parts.push({ literal: text });
	};
	let i = 0;
	while (i < pattern.length) {
		const char = pattern[i];
		if (char === "'") {
			if (pattern[i + 1] === "'") {
				addLiteral("'");
				i += 2;
				continue;
			}
			let text = '';
			let j = i + 1;
			for (; j < pattern.length; j++) {
				if (pattern[j] !== "'") text += pattern[j];
				else if (pattern[j + 1] === "'") text += pattern[j++];
				else break;
			}
			if (j >= pattern.length) return `date format "${pattern}" has an unclosed quote`;
			addLiteral(text);
			i = j + 1;
		} else if (/[A-Za-z]/.test(char)) {
			let run = char;
			while (pattern[i + run.length] === char) run += char;
			if (!Object.hasOwn(DATE_TOKENS, run)) {
				const known = Object.keys(DATE_TOKENS).join(', ');
				return `unknown token "${run}" in date format "${pattern}": use ${known}, and quote other letters ('T')`;
			}
			parts.push({ token: run });
			i += run.length;
		} else {
			addLiteral(char);
			i += 1;
		}
	}
	return parts;
}
