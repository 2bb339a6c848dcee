import { isPlainObject } from '../../restructure/isPlainObject';

/** The readable part of an error body: a message and the CRM's own error code, if any. */
export interface ErrorBodyDetail {
	/** Message text with the CRM code in parentheses, shortened; '' when the body says nothing. */
	text: string;
	crmCode?: string;
}

const MAX_TEXT = 300;

/**
 * Reads an error response body of any of the CRMs we talk to (see `errorFor`). Never throws:
 * a body it cannot read becomes a short excerpt.
 *
 * @example
 * readErrorBody('{"success":false,"error":"Unauthorized","error_info":"Please check developers.pipedrive.com"}');
 * // { text: 'Unauthorized (Please check developers.pipedrive.com)', crmCode: undefined }
 */
export function readErrorBody(body: string): ErrorBodyDetail {
	const trimmed = body.trim();
	if (trimmed === '') return { text: '' };
	let parsed: unknown;
	try {
		parsed = JSON.parse(trimmed);
	} catch {
		return { text: describeNonJson(trimmed) };
	}
	const first = Array.isArray(parsed) ? parsed[0] : parsed;
	if (!isPlainObject(first)) return { text: shorten(trimmed) };
	const message = firstString(first.message, first.error_description, messageOf(first.error), messageOf(firstOf(first.errors)), first.detail, first.title);
	const crmCode = firstString(first.errorCode, first.category, first.errorType, first.code, isPlainObject(first.error) ? first.error.code : undefined, typeof first.error === 'string' && first.error.trim() !== message ? first.error : undefined);
	const info = typeof first.error_info === 'string' ? first.error_info : undefined;
	const parts = [message ?? (crmCode === undefined ? shorten(trimmed) : ''), info === undefined ? '' : `(${info})`, crmCode === undefined || crmCode === message ? '' : `(${crmCode})`];
	return { text: shorten(parts.filter((part) => part !== '').join(' ')), crmCode };
}

function messageOf(value: unknown): string | undefined {
	if (typeof value === 'string') return value;
	if (isPlainObject(value) && typeof value.message === 'string') return value.message;
	return undefined;
}

function firstOf(value: unknown): unknown {
	return Array.isArray(value) ? value[0] : undefined;
}

function firstString(...values: unknown[]): string | undefined {
	for (const value of values) {
		if (typeof value === 'string' && value.trim() !== '') return value.trim();
		if (typeof value === 'number') return String(value);
	}
	return undefined;
}

/** An HTML error page (a proxy's 502) is summarised by its title, other text by an excerpt. */
function describeNonJson(text: string): string {
	if (/^<(!doctype|html|head|body)/i.test(text)) {
		const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(text)?.[1]?.trim();
		return title ? `HTML page "${shorten(title)}"` : 'an HTML page';
	}
	return shorten(text);
}

function shorten(text: string): string {
	const oneLine = text.replace(/\s+/g, ' ');
	return oneLine.length <= MAX_TEXT ? oneLine : `${oneLine.slice(0, MAX_TEXT)}…`;
}
