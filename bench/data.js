/**
 * Deterministic CRM-contact test data for the benchmarks: the same seed gives the same rows and
 * the same CSV text in every run and every process.
 *
 * 12 columns: id, first_name, last_name, email, phone, company, job_title, address, city,
 * lifetime_value, created_at, notes. Some companies hold the delimiter and quotes, some addresses
 * and notes hold line breaks (quoted), a few names are non-ASCII, phones start with "+" (which a
 * formula-neutralising writer must guard), some notes are empty.
 */
'use strict';

const FIRST = ['Anna', 'Ben', 'Carla', 'David', 'Elif', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Kira', 'Liam',
	'Mia', 'Noah', 'Olga', 'Pavel', 'Quinn', 'Rosa', 'Sven', 'Tara', 'Uwe', 'Vera', 'Wei', 'Yusuf', 'Zoë', 'José',
	'Renée', 'Björn', 'Siobhán', 'Łukasz'];
const LAST = ['Smith', 'Müller', 'García', 'Rossi', 'Dubois', 'Nowak', 'Jensen', 'Silva', 'Kowalski', 'Novák',
	'Johansson', "O'Brien", 'Schmidt', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Hoffmann', 'Schulz', 'Tanaka',
	'Chen', 'Patel', 'Okafor', 'Ivanova'];
const COMPANY_WORDS = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Stark', 'Wayne', 'Hooli', 'Vandelay', 'Soylent',
	'Tyrell', 'Cyberdyne', 'Wonka', 'Gringotts', 'Oceanic', 'Pied Piper', 'Dunder Mifflin'];
const COMPANY_SUFFIX = ['GmbH', 'Inc.', 'Ltd', 'AG', 'S.A.', 'LLC', 'B.V.', 'plc'];
const TITLES = ['Head of Sales', 'CTO', 'Account Executive', 'Office Manager', 'VP Marketing', 'Buyer',
	'Procurement Lead', 'CEO', 'Data Analyst', 'Customer Success Manager'];
const STREETS = ['Main St', 'Hauptstraße', 'Rue de la Paix', 'Calle Mayor', 'High Street', 'Market Square',
	'Elm Avenue', 'Bahnhofstraße'];
const CITIES = ['Berlin', 'Paris', 'Madrid', 'London', 'New York', 'São Paulo', 'Kraków', 'Zürich', 'Tokyo',
	'Toronto', 'Lagos', 'Mumbai'];
const NOTES = [
	'',
	'',
	'',
	'Prefers email',
	'Met at trade fair, follow up in Q3',
	'Said "call me after 5pm", not before',
	'Budget approved;\nwaiting for PO',
	'VIP, handle with care',
	'Duplicate of another contact?',
	'- asked for a discount',
	'Renewal due, see ticket #4711',
];

/** mulberry32: small, fast, deterministic. */
function rng(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const COLUMNS = ['id', 'first_name', 'last_name', 'email', 'phone', 'company', 'job_title', 'address', 'city',
	'lifetime_value', 'created_at', 'notes'];

/**
 * `n` contact rows as n8n items' json would hold them: id and lifetime_value are numbers, the
 * rest strings (dates as ISO strings, as JSON has no dates).
 */
function generateContacts(n, seed = 20240611) {
	const r = rng(seed);
	const pick = (list) => list[Math.floor(r() * list.length)];
	const start = Date.UTC(2018, 0, 1);
	const span = Date.UTC(2025, 0, 1) - start;
	const ascii = new Map();
	const plain = (text) => {
		let out = ascii.get(text);
		if (out === undefined) {
			out = text.toLowerCase().normalize('NFD').replace(/[^a-z.]/g, '');
			ascii.set(text, out);
		}
		return out;
	};
	const domains = new Map();
	const rows = new Array(n);
	for (let i = 0; i < n; i++) {
		const first = pick(FIRST);
		const last = pick(LAST);
		let company = `${pick(COMPANY_WORDS)} ${pick(COMPANY_SUFFIX)}`;
		const roll = r();
		if (roll < 0.08) company = `${pick(COMPANY_WORDS)}, ${pick(COMPANY_WORDS)} & Partners`; // delimiter inside
		else if (roll < 0.11) company = `"${pick(COMPANY_WORDS)}" ${pick(COMPANY_SUFFIX)}`; // quotes inside
		let address = `${1 + Math.floor(r() * 250)} ${pick(STREETS)}`;
		if (r() < 0.05) address += `\nSuite ${1 + Math.floor(r() * 40)}`; // line break inside
		let domain = domains.get(company);
		if (domain === undefined) {
			domain = company.replace(/[^A-Za-z]/g, '').toLowerCase().slice(0, 12) || 'example';
			domains.set(company, domain);
		}
		rows[i] = {
			id: 100000 + i,
			first_name: first,
			last_name: last,
			email: `${plain(`${first}.${last}`)}${i}@${domain}.com`,
			phone: `+${1 + Math.floor(r() * 98)} ${100 + Math.floor(r() * 900)} ${1000000 + Math.floor(r() * 8999999)}`,
			company,
			job_title: pick(TITLES),
			address,
			city: pick(CITIES),
			lifetime_value: Math.round(r() * 25000000) / 100,
			created_at: new Date(start + Math.floor(r() * span)).toISOString(),
			notes: pick(NOTES),
		};
	}
	return rows;
}

const NEEDS_QUOTES = /[",\r\n]/;

function csvField(value) {
	if (typeof value === 'number') return String(value);
	return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * RFC 4180 CSV text of `rows` (comma, CRLF, header, quotes only where needed), written by this
 * small independent writer so neither benchmarked library produces the other's input.
 */
function toCsv(rows, columns = COLUMNS) {
	const parts = [columns.map(csvField).join(',')];
	for (const row of rows) {
		let line = '';
		for (let j = 0; j < columns.length; j++) line += (j ? ',' : '') + csvField(row[columns[j]]);
		parts.push(line);
	}
	return parts.join('\r\n') + '\r\n';
}

/** The rows as a CSV parser with a header row gives them back: every value a string. */
function asStrings(row) {
	const out = {};
	for (const key of COLUMNS) out[key] = String(row[key]);
	return out;
}

module.exports = { COLUMNS, generateContacts, toCsv, asStrings, rng };
