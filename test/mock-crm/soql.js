'use strict';
/**
 * A mini SOQL parser for the Salesforce personality:
 *   SELECT f1, f2, Rel.f3 | COUNT() FROM Obj
 *   [WHERE cond {AND|OR} cond ...]   (parentheses, NOT; AND and OR may not mix without parentheses, as in SOQL)
 *   [ORDER BY f [ASC|DESC] [NULLS FIRST|LAST], ...] [LIMIT n] [OFFSET n]
 * cond: f {= | != | <> | < | <= | > | >=} literal, f [NOT] IN (literal, ...), f [NOT] LIKE 'pat%'.
 * Literals: 'quoted strings' (backslash escapes), numbers, true/false, null, unquoted datetimes
 * (2024-01-01T00:00:00Z, ...T00:00:00.000+00:00) and dates (2024-01-01).
 * Errors are thrown as `SoqlError` with Salesforce's errorCode (MALFORMED_QUERY).
 */

class SoqlError extends Error {
	constructor(message, errorCode = 'MALFORMED_QUERY') {
		super(message);
		this.errorCode = errorCode;
	}
}

const KEYWORDS = new Set(['SELECT', 'FROM', 'WHERE', 'AND', 'OR', 'NOT', 'IN', 'LIKE', 'ORDER', 'BY', 'ASC', 'DESC', 'NULLS', 'FIRST', 'LAST', 'LIMIT', 'OFFSET', 'TRUE', 'FALSE', 'NULL', 'COUNT']);
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?(?:Z|[+-]\d{2}:?\d{2})/;
const DATE = /^\d{4}-\d{2}-\d{2}(?![T\d])/;

function tokenize(text) {
	const tokens = [];
	let i = 0;
	while (i < text.length) {
		const ch = text[i];
		if (/\s/.test(ch)) { i++; continue; }
		const rest = text.slice(i);
		let m;
		if ((m = DATETIME.exec(rest))) { tokens.push({ type: 'datetime', value: m[0], pos: i }); i += m[0].length; continue; }
		if ((m = DATE.exec(rest))) { tokens.push({ type: 'date', value: m[0], pos: i }); i += m[0].length; continue; }
		if ((m = /^-?\d+(?:\.\d+)?/.exec(rest))) { tokens.push({ type: 'number', value: Number(m[0]), pos: i }); i += m[0].length; continue; }
		if ((m = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*/.exec(rest))) {
			const upper = m[0].toUpperCase();
			tokens.push(KEYWORDS.has(upper) ? { type: 'kw', value: upper, pos: i } : { type: 'ident', value: m[0], pos: i });
			i += m[0].length;
			continue;
		}
		if (ch === '\'') {
			let j = i + 1;
			let value = '';
			for (; j < text.length && text[j] !== '\''; j++) {
				if (text[j] === '\\') {
					j++;
					const esc = text[j];
					value += esc === 'n' ? '\n' : esc === 't' ? '\t' : esc === 'r' ? '\r' : esc;
				} else {
					value += text[j];
				}
			}
			if (j >= text.length) throw new SoqlError(`unterminated string literal at position ${i}`);
			tokens.push({ type: 'string', value, pos: i });
			i = j + 1;
			continue;
		}
		if ((m = /^(<=|>=|!=|<>|=|<|>)/.exec(rest))) { tokens.push({ type: 'op', value: m[0] === '<>' ? '!=' : m[0], pos: i }); i += m[0].length; continue; }
		if (ch === '(' || ch === ')' || ch === ',') { tokens.push({ type: ch, value: ch, pos: i }); i++; continue; }
		throw new SoqlError(`unexpected character '${ch}' at position ${i}`);
	}
	return tokens;
}

/** Parses a query into `{ fields: string[] | null (COUNT()), object, where, orderBy[], limit, offset }`. */
function parse(text) {
	const tokens = tokenize(String(text || ''));
	let p = 0;
	const peek = () => tokens[p];
	const at = (type, value) => tokens[p] && tokens[p].type === type && (value === undefined || tokens[p].value === value);
	const describe = (t) => (t ? `'${t.value}'` : 'end of query');
	const expect = (type, value) => {
		if (!at(type, value)) throw new SoqlError(`unexpected token: ${describe(peek())}, expected ${value || type}`);
		return tokens[p++];
	};

	expect('kw', 'SELECT');
	let fields = [];
	if (at('kw', 'COUNT')) {
		p++;
		expect('(');
		expect(')');
		fields = null;
	} else {
		do {
			const f = expect('ident');
			fields.push(f.value);
		} while (at(',') && ++p);
	}
	expect('kw', 'FROM');
	const object = expect('ident').value;

	let where = null;
	if (at('kw', 'WHERE')) {
		p++;
		where = parseExpr();
	}
	const orderBy = [];
	if (at('kw', 'ORDER')) {
		p++;
		expect('kw', 'BY');
		do {
			const field = expect('ident').value;
			let desc = false;
			let nullsLast = null;
			if (at('kw', 'ASC')) p++;
			else if (at('kw', 'DESC')) { p++; desc = true; }
			if (at('kw', 'NULLS')) {
				p++;
				if (at('kw', 'FIRST')) { p++; nullsLast = false; } else { expect('kw', 'LAST'); nullsLast = true; }
			}
			orderBy.push({ field, desc, nullsLast });
		} while (at(',') && ++p);
	}
	let limit = null;
	if (at('kw', 'LIMIT')) {
		p++;
		const n = expect('number').value;
		if (!Number.isInteger(n) || n < 0) throw new SoqlError(`LIMIT must be a non-negative integer, got ${n}`);
		limit = n;
	}
	let offset = 0;
	if (at('kw', 'OFFSET')) {
		p++;
		const n = expect('number').value;
		if (!Number.isInteger(n) || n < 0) throw new SoqlError(`OFFSET must be a non-negative integer, got ${n}`);
		offset = n;
	}
	if (p < tokens.length) throw new SoqlError(`unexpected token: ${describe(peek())}`);
	return { fields, object, where, orderBy, limit, offset };

	function parseExpr() {
		const parts = [parseUnary()];
		let joiner = null;
		while (at('kw', 'AND') || at('kw', 'OR')) {
			const kw = tokens[p].value;
			// SOQL rejects `a AND b OR c`: mixing needs parentheses.
			if (joiner && joiner !== kw) throw new SoqlError(`unexpected token: '${kw}' (use parentheses when mixing AND and OR)`);
			joiner = kw;
			p++;
			parts.push(parseUnary());
		}
		if (parts.length === 1) return parts[0];
		return { type: joiner === 'AND' ? 'and' : 'or', parts };
	}

	function parseUnary() {
		if (at('kw', 'NOT')) {
			p++;
			return { type: 'not', part: parseUnary() };
		}
		if (at('(')) {
			p++;
			const inner = parseExpr();
			expect(')');
			return inner;
		}
		return parseCondition();
	}

	function parseCondition() {
		const field = expect('ident').value;
		let negate = false;
		if (at('kw', 'NOT')) { p++; negate = true; }
		if (at('kw', 'IN')) {
			p++;
			expect('(');
			const values = [];
			do values.push(parseLiteral()); while (at(',') && ++p);
			expect(')');
			return { type: 'cond', field, op: negate ? 'NOT IN' : 'IN', values };
		}
		if (at('kw', 'LIKE')) {
			p++;
			const pattern = expect('string').value;
			return { type: 'cond', field, op: negate ? 'NOT LIKE' : 'LIKE', value: { type: 'string', value: pattern } };
		}
		if (negate) throw new SoqlError(`unexpected token: ${describe(peek())}, expected IN or LIKE after NOT`);
		const op = expect('op').value;
		return { type: 'cond', field, op, value: parseLiteral() };
	}

	function parseLiteral() {
		const t = peek();
		if (!t) throw new SoqlError('unexpected end of query, expected a value');
		p++;
		if (t.type === 'string' || t.type === 'number' || t.type === 'datetime' || t.type === 'date') return { type: t.type, value: t.value };
		if (t.type === 'kw' && (t.value === 'TRUE' || t.value === 'FALSE')) return { type: 'boolean', value: t.value === 'TRUE' };
		if (t.type === 'kw' && t.value === 'NULL') return { type: 'null', value: null };
		throw new SoqlError(`unexpected token: '${t.value}', expected a value (datetimes are unquoted, strings are in single quotes)`);
	}
}

module.exports = { parse, SoqlError };
