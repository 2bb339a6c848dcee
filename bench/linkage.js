/**
 * Part 4: entity resolution in the library (`fuse.resolveEntities` from dist/lib, as published):
 * accuracy on the public sets in ../shared/data against their ground truth and against Splink's
 * published figures, and speed, up to a generated 100k × 100k linkage. Run by bench/run.js in its
 * own Node process with --expose-gc.
 *
 * Accuracy sets (settings copied from lib/fuse/resolve/accuracy.test.ts):
 *   - FEBRL4: dataset4a against dataset4b, Splink's 7 blocking rules, 6 comparisons, unsupervised
 *     Fellegi-Sunter, p ≥ 0.5, one-to-one; 5,000 true pairs (rec-N-org ↔ rec-N-dup-0).
 *   - FEBRL3: dataset3 de-duplicated, 5 single-field rules, p ≥ 0.5; 6,538 true pairs (same rec-N).
 *   - fake_1000 (Splink's): de-duplicated, p ≥ 0.5; 2,031 true pairs (same `cluster`), and the
 *     3,176 clerically labelled pairs of fake_1000_labels.csv as a confusion table.
 *   Precision, recall and F1 are over record pairs inside the predicted clusters; true pairs that
 *   blocking never proposed count as missed, as in Splink's figures.
 *
 * Timed: `resolveEntities(inputs, settings)` (blocking, comparisons, training, scoring,
 * clustering) plus turning its clusters into pair keys; not the reading of the CSV files. One
 * warm-up run, then 3 runs, each after a full GC; median.
 *
 * 100k × 100k: `generateLinkage(n)` below, two deterministic sources of n person records; about
 * half of B are noisy copies of distinct A records (the true pairs), the rest new people. Run once
 * in a fresh process (`--big-child n`, node --max-old-space-size=4096): wall time of the same
 * timed span, peak RSS of the whole process sampled by a worker thread every 5 ms (and VmHWM).
 *
 * Usage: node --expose-gc bench/linkage.js [--quick] [--json <file>]
 *        node --max-old-space-size=4096 bench/linkage.js --big-child <n>   (prints one JSON line)
 * --quick: the generated linkage at 20k × 20k instead of 100k × 100k.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { Worker } = require('node:worker_threads');
const lib = require('../dist/lib/index.js');
const { rng } = require('./data');
const { median, msSince, fmt, mb, table } = require('./stats');

const { fuse } = lib;
const args = process.argv.slice(2);
const quick = args.includes('--quick') || process.env.BENCH_QUICK === '1';
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const DATA = process.env.BENCH_LINKAGE_DATA || path.join(__dirname, '../../shared/data');
const RUNS = 3;
const BIG = quick ? 20_000 : 100_000;
const GOALS = { febrl4Ms: 5000, bigMs: 60_000, bigRss: 2 * 1024 ** 3 };

/** Splink 4.0.15's figures (linkage-and-cleaning.md §2.1): F1 at p = 0.5 and its best F1 over all thresholds. */
const SPLINK = {
	febrl4: { atHalf: 0.9992, best: 0.9998 },
	febrl3: { atHalf: 0.9929, best: 0.9954 },
};

// ---------------------------------------------------------------------------------------------
// Reading the sets and scoring pairs (as lib/fuse/resolve/accuracyData.test-helper.ts does)

async function readCsv(file) {
	return await lib.readRecords('csv', fs.readFileSync(path.join(DATA, file)), { delimiter: ',' });
}

/** A FEBRL file's rows with keys and values trimmed (pandas' skipinitialspace). */
async function febrlRows(file) {
	const trim = (value) => (typeof value === 'string' ? value.trim() : value);
	const rows = await readCsv(path.join('febrl', file));
	return rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key.trim(), trim(value)])));
}

const pairKey = (a, b) => (a < b ? `${a}|${b}` : `${b}|${a}`);

function pairsWithinGroups(keys, groupOf) {
	const groups = new Map();
	for (const key of keys) {
		const group = groupOf(key);
		const list = groups.get(group);
		if (list) list.push(key);
		else groups.set(group, [key]);
	}
	const pairs = new Set();
	for (const members of groups.values()) {
		for (let a = 0; a < members.length; a++) for (let b = a + 1; b < members.length; b++) pairs.add(pairKey(members[a], members[b]));
	}
	return pairs;
}

function pairsWithinClusters(clusters, keyOf) {
	const pairs = new Set();
	for (const members of clusters) {
		for (let a = 0; a < members.length; a++) for (let b = a + 1; b < members.length; b++) pairs.add(pairKey(keyOf(members[a]), keyOf(members[b])));
	}
	return pairs;
}

function pairAccuracy(predicted, truth) {
	let tp = 0;
	for (const pair of predicted) if (truth.has(pair)) tp++;
	return {
		tp,
		fp: predicted.size - tp,
		fn: truth.size - tp,
		precision: predicted.size === 0 ? 1 : tp / predicted.size,
		recall: truth.size === 0 ? 1 : tp / truth.size,
		f1: predicted.size + truth.size === 0 ? 1 : (2 * tp) / (predicted.size + truth.size),
	};
}

/**
 * Splink's way of scoring (accuracy_analysis_from_labels_column): the candidate pairs themselves,
 * not clusters, linked when their match probability is at least a threshold; true pairs never
 * proposed count as missed. Returns F1 at p ≥ 0.5 and the best F1 over all thresholds, with its
 * threshold. `isTrue(k)` tells whether candidate pair k is a true pair.
 */
function pairLevelAccuracy(result, truthSize, isTrue) {
	const { count } = result.pairs;
	const probabilities = result.probabilities;
	const order = new Uint32Array(count);
	for (let k = 0; k < count; k++) order[k] = k;
	order.sort((x, y) => probabilities[y] - probabilities[x]);
	let tp = 0;
	let best = { f1: -1 };
	let atHalf;
	const f1Of = (tpCount, predicted) => (predicted + truthSize === 0 ? 1 : (2 * tpCount) / (predicted + truthSize));
	for (let r = 0; r < count; r++) {
		const k = order[r];
		if (isTrue(k)) tp++;
		const p = probabilities[k];
		// Evaluate only at the end of a run of equal probabilities (a threshold takes all of them or none).
		if (r + 1 < count && probabilities[order[r + 1]] === p) continue;
		const f1 = f1Of(tp, r + 1);
		if (f1 > best.f1) best = { f1, threshold: p, tp, fp: r + 1 - tp, fn: truthSize - tp };
		if (p >= 0.5) atHalf = { f1, tp, fp: r + 1 - tp, fn: truthSize - tp };
	}
	return { atHalf: atHalf ?? { f1: f1Of(0, 0), tp: 0, fp: 0, fn: truthSize }, best };
}

// ---------------------------------------------------------------------------------------------
// The three public sets, with the settings of lib/fuse/resolve/accuracy.test.ts

async function febrl4() {
	const [a, b] = await Promise.all([febrlRows('dataset4a.csv'), febrlRows('dataset4b.csv')]);
	const truth = new Set(a.map((row) => pairKey(String(row.rec_id), String(row.rec_id).replace('-org', '-dup-0'))));
	const settings = {
		blocking: [...fuse.FEBRL4_BLOCKING_RULES],
		comparisons: [
			fuse.nameComparison('given_name', { termFrequency: true }),
			fuse.nameComparison('surname', { termFrequency: true }),
			fuse.dateOfBirthComparison('date_of_birth'),
			fuse.damerauLevenshteinAtThresholds('soc_sec_id', [1, 2]),
			fuse.exactMatch('street_number', { termFrequency: true }),
			fuse.damerauLevenshteinAtThresholds('postcode', [1, 2], { termFrequency: true }),
		],
		scoring: { method: 'fellegiSunter', trainingRules: [{ keys: [{ field: 'date_of_birth' }] }, { keys: [{ field: 'postcode' }] }] },
		threshold: 0.5,
		oneToOne: true,
	};
	const inputs = [
		{ source: 'A', records: a },
		{ source: 'B', records: b },
	];
	return {
		name: 'FEBRL4 link A ↔ B',
		key: 'febrl4',
		records: a.length + b.length,
		truth,
		run: () => {
			const result = fuse.resolveEntities(inputs, settings);
			return { result, predicted: pairsWithinClusters(result.clusters, (i) => String(result.records[i].rec_id)) };
		},
	};
}

async function febrl3() {
	const rows = await febrlRows('dataset3.csv');
	const ids = rows.map((row) => String(row.rec_id));
	const truth = pairsWithinGroups(ids, (id) => /^rec-(\d+)/.exec(id)[1]);
	const settings = {
		blocking: ['soc_sec_id', 'given_name', 'surname', 'date_of_birth', 'postcode'].map((field) => ({ keys: [{ field }] })),
		comparisons: [
			fuse.nameComparison('given_name', { termFrequency: true }),
			fuse.nameComparison('surname', { termFrequency: true }),
			fuse.dateOfBirthComparison('date_of_birth'),
			fuse.damerauLevenshteinAtThresholds('soc_sec_id', [2]),
			fuse.exactMatch('street_number', { termFrequency: true }),
			fuse.exactMatch('postcode', { termFrequency: true }),
		],
		scoring: { method: 'fellegiSunter', trainingRules: [{ keys: [{ field: 'date_of_birth' }] }, { keys: [{ field: 'postcode' }] }] },
		threshold: 0.5,
	};
	const inputs = [{ source: 'febrl3', records: rows }];
	return {
		name: 'FEBRL3 dedupe',
		key: 'febrl3',
		records: rows.length,
		truth,
		run: () => {
			const result = fuse.resolveEntities(inputs, settings);
			return { result, predicted: pairsWithinClusters(result.clusters, (i) => ids[i]) };
		},
	};
}

async function fake1000() {
	const rows = await readCsv('splink-fake1000/fake_1000.csv');
	const labelRows = await readCsv('splink-fake1000/fake_1000_labels.csv');
	const labels = labelRows.map((row) => ({ left: String(row.unique_id_l).trim(), right: String(row.unique_id_r).trim(), match: Number(row.clerical_match_score) === 1 }));
	const ids = rows.map((row) => String(row.unique_id));
	const truth = pairsWithinGroups(ids, (id) => String(rows[Number(id)].cluster));
	const settings = {
		blocking: [{ keys: [{ field: 'first_name' }] }, { keys: [{ field: 'surname' }] }, { keys: [{ field: 'dob' }] }, { keys: [{ field: 'email' }] }],
		comparisons: [
			fuse.nameComparison('first_name'),
			fuse.nameComparison('surname'),
			fuse.dateOfBirthComparison('dob'),
			fuse.exactMatch('city', { termFrequency: true }),
			fuse.emailComparison('email'),
		],
		scoring: { method: 'fellegiSunter', trainingRules: [{ keys: [{ field: 'first_name' }, { field: 'surname' }] }, { keys: [{ field: 'dob' }] }] },
		threshold: 0.5,
	};
	const inputs = [{ source: 'fake_1000', records: rows }];
	return {
		name: 'fake_1000 dedupe',
		key: 'fake1000',
		records: rows.length,
		truth,
		labels,
		run: () => {
			const result = fuse.resolveEntities(inputs, settings);
			return { result, predicted: pairsWithinClusters(result.clusters, (i) => ids[i]) };
		},
	};
}

const gc = global.gc ?? (() => {});
async function settle() {
	await new Promise((r) => setTimeout(r, 10));
	gc();
	gc();
}

/** Warm-up, then RUNS timed runs; accuracy from the last run (every run gives the same clusters: the model is seeded). */
async function measureSet(set) {
	set.run();
	const ms = [];
	let last;
	for (let k = 0; k < RUNS; k++) {
		last = undefined;
		await settle();
		const start = process.hrtime.bigint();
		last = set.run();
		ms.push(msSince(start));
	}
	const { result, predicted } = last;
	const accuracy = pairAccuracy(predicted, set.truth);
	const keyField = set.key === 'fake1000' ? 'unique_id' : 'rec_id';
	const { left, right } = result.pairs;
	const isTrue = (k) => set.truth.has(pairKey(String(result.records[left[k]][keyField]), String(result.records[right[k]][keyField])));
	let blocked = 0;
	for (let k = 0; k < result.pairs.count; k++) if (isTrue(k)) blocked++;
	const out = {
		name: set.name,
		key: set.key,
		records: set.records,
		candidates: result.pairs.count,
		truePairs: set.truth.size,
		truePairsBlocked: blocked,
		links: predicted.size,
		clusters: result.clusters.length,
		...accuracy,
		pairLevel: pairLevelAccuracy(result, set.truth.size, isTrue),
		ms,
		medianMs: median(ms),
		splink: SPLINK[set.key],
		lambda: result.model?.lambda,
		expectedMatches: result.model ? result.model.lambda * fuse.possiblePairs(result.sources, result.link) : undefined,
	};
	if (set.labels) {
		const labelled = { tp: 0, fp: 0, fn: 0, tn: 0 };
		for (const { left, right, match } of set.labels) {
			const linked = predicted.has(pairKey(left, right));
			labelled[match ? (linked ? 'tp' : 'fn') : linked ? 'fp' : 'tn']++;
		}
		out.labelled = labelled;
	}
	return out;
}

// ---------------------------------------------------------------------------------------------
// The generated linkage

const FIRST = ['James', 'Mary', 'John', 'Patricia', 'Robert', 'Jennifer', 'Michael', 'Linda', 'William', 'Elizabeth',
	'David', 'Barbara', 'Richard', 'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah', 'Charles', 'Karen', 'Daniel', 'Nancy',
	'Matthew', 'Lisa', 'Anthony', 'Betty', 'Mark', 'Margaret', 'Donald', 'Sandra', 'Steven', 'Ashley', 'Paul', 'Kimberly',
	'Andrew', 'Emily', 'Joshua', 'Donna', 'Kenneth', 'Michelle', 'Kevin', 'Carol', 'Brian', 'Amanda', 'George', 'Melissa',
	'Timothy', 'Deborah', 'Ronald', 'Stephanie', 'Edward', 'Rebecca', 'Jason', 'Sharon', 'Jeffrey', 'Laura', 'Ryan',
	'Cynthia', 'Jacob', 'Kathleen', 'Gary', 'Amy', 'Nicholas', 'Angela', 'Eric', 'Shirley', 'Jonathan', 'Anna', 'Stephen',
	'Brenda', 'Larry', 'Pamela', 'Justin', 'Emma', 'Scott', 'Nicole', 'Brandon', 'Helen', 'Benjamin', 'Samantha',
	'Samuel', 'Katherine', 'Gregory', 'Christine', 'Alexander', 'Debra', 'Frank', 'Rachel', 'Patrick', 'Carolyn',
	'Raymond', 'Janet', 'Jack', 'Catherine', 'Dennis', 'Maria', 'Jerry', 'Heather', 'Tyler', 'Diane', 'Aaron', 'Ruth',
	'Jose', 'Julie', 'Adam', 'Olivia', 'Nathan', 'Joyce', 'Henry', 'Virginia', 'Douglas', 'Victoria', 'Zachary', 'Kelly',
	'Peter', 'Lauren', 'Kyle', 'Christina', 'Ethan', 'Joan', 'Walter', 'Evelyn', 'Noah', 'Judith', 'Jeremy', 'Megan',
	'Christian', 'Andrea', 'Keith', 'Cheryl', 'Roger', 'Hannah', 'Terry', 'Jacqueline', 'Gerald', 'Martha', 'Harold',
	'Gloria', 'Sean', 'Teresa', 'Austin', 'Ann', 'Carl', 'Sara', 'Arthur', 'Madison', 'Lawrence', 'Frances', 'Dylan',
	'Kathryn', 'Jesse', 'Janice', 'Jordan', 'Jean', 'Bryan', 'Abigail', 'Billy', 'Alice', 'Joe', 'Julia', 'Bruce', 'Judy',
	'Gabriel', 'Sophia', 'Logan', 'Grace', 'Albert', 'Denise', 'Willie', 'Amber', 'Alan', 'Doris', 'Juan', 'Marilyn',
	'Wayne', 'Danielle', 'Elijah', 'Beverly', 'Randy', 'Isabella', 'Roy', 'Theresa', 'Vincent', 'Diana', 'Ralph',
	'Natalie', 'Eugene', 'Brittany', 'Russell', 'Charlotte', 'Bobby', 'Marie', 'Mason', 'Kayla', 'Philip', 'Alexis',
	'Louis', 'Lori', 'Lukas', 'Leonie', 'Felix', 'Lena', 'Jonas', 'Mia', 'Elias', 'Lea', 'Finn', 'Hanna', 'Luca', 'Clara',
	'Mateo', 'Lucia', 'Hugo', 'Chloe', 'Arjun', 'Priya', 'Wei', 'Mei', 'Yusuf', 'Aylin', 'Kenji', 'Yuki', 'Pavel', 'Olga',
	'Sven', 'Ingrid', 'Omar', 'Fatima', 'Diego', 'Camila', 'Tariq', 'Amina', 'Nikolai', 'Sofia', 'Mehmet', 'Elif'];
const SURNAME = ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez',
	'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee',
	'Perez', 'Thompson', 'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson', 'Walker', 'Young',
	'Allen', 'King', 'Wright', 'Scott', 'Torres', 'Nguyen', 'Hill', 'Flores', 'Green', 'Adams', 'Nelson', 'Baker', 'Hall',
	'Rivera', 'Campbell', 'Mitchell', 'Carter', 'Roberts', 'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer',
	'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Dubois', 'Durand',
	'Lefebvre', 'Moreau', 'Laurent', 'Nowak', 'Kowalski', 'Wiśniewski', 'Novák', 'Svoboda', 'Jensen', 'Nielsen',
	'Hansen', 'Johansson', 'Andersson', 'Silva', 'Santos', 'Ferreira', 'Pereira', 'Costa', 'Tanaka', 'Suzuki', 'Sato',
	'Chen', 'Wang', 'Li', 'Zhang', 'Liu', 'Patel', 'Shah', 'Kumar', 'Singh', 'Okafor', 'Okeke', 'Mensah', 'Ivanov',
	'Petrov', 'Smirnov', 'Yilmaz', 'Kaya', 'Demir', "O'Brien", 'Murphy', 'Kelly', 'Walsh', 'Byrne', 'Ryan'];
// Compound surnames (prefix + ending) for a long tail: Bergmann, Lindqvist, Ashford, ...
const PREFIX = ['Ash', 'Berg', 'Black', 'Brad', 'Brook', 'Burn', 'Castel', 'Cole', 'Cran', 'Dal', 'Eck', 'Elm', 'Fair',
	'Fern', 'Fitz', 'Gold', 'Gran', 'Green', 'Hart', 'Hay', 'Hol', 'Holm', 'Kirk', 'Lang', 'Lind', 'Mar', 'Mont',
	'Moss', 'North', 'Oak', 'Pem', 'Rad', 'Red', 'Ros', 'Sand', 'Stan', 'Stein', 'Strat', 'Thorn', 'Wal', 'West',
	'Whit', 'Win', 'Wood', 'Blom', 'Eisen', 'Falk', 'Hagen', 'Kron', 'Roth'];
const ENDING = ['ford', 'ton', 'ley', 'wood', 'field', 'mann', 'berg', 'qvist', 'strom', 'sen', 'son', 'er', 'well',
	'by', 'ham', 'ridge', 'stead', 'worth', 'hurst', 'dale', 'brook', 'feld', 'hoff', 'wick', 'more', 'ski', 'ova',
	'ini', 'ez', 'ard'];
const CITIES = ['London', 'Berlin', 'Madrid', 'Rome', 'Paris', 'Vienna', 'Hamburg', 'Warsaw', 'Budapest', 'Barcelona',
	'Munich', 'Milan', 'Prague', 'Sofia', 'Brussels', 'Birmingham', 'Cologne', 'Naples', 'Turin', 'Marseille',
	'Stockholm', 'Valencia', 'Zagreb', 'Amsterdam', 'Krakow', 'Lodz', 'Riga', 'Frankfurt', 'Seville', 'Zaragoza',
	'Athens', 'Palermo', 'Helsinki', 'Rotterdam', 'Stuttgart', 'Glasgow', 'Dusseldorf', 'Wroclaw', 'Copenhagen',
	'Leipzig', 'Dortmund', 'Essen', 'Gothenburg', 'Genoa', 'Malaga', 'Bremen', 'Dresden', 'Dublin', 'Lisbon',
	'Hanover', 'Antwerp', 'Nuremberg', 'Lyon', 'Poznan', 'Duisburg', 'Toulouse', 'Manchester', 'Leeds', 'Oslo', 'Bristol',
	'Edinburgh', 'Liverpool', 'Bonn', 'Graz', 'Porto', 'Utrecht', 'Ghent', 'Bern', 'Basel', 'Geneva', 'Zurich', 'Linz',
	'Aarhus', 'Malmo', 'Bergen', 'Tampere', 'Cork', 'Nantes', 'Bordeaux', 'Lille', 'Nice', 'Bologna', 'Florence', 'Bari',
	'Bilbao', 'Murcia', 'Gdansk', 'Szczecin', 'Brno', 'Kosice', 'Vilnius', 'Tallinn', 'Ljubljana', 'Split', 'Cluj',
	'Iasi', 'Plovdiv', 'Varna', 'Thessaloniki', 'Patras'];
const DOMAINS = ['gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com', 'web.de', 'gmx.de', 'icloud.com', 'proton.me',
	'mail.com', 'aol.com', 'orange.fr', 'libero.it', 'wp.pl', 't-online.de', 'btinternet.com'];
const QWERTY = 'qwertyuiopasdfghjklzxcvbnm';

/**
 * Two sources of `n` person records each (id, first_name, surname, dob as YYYY-MM-DD, city,
 * postcode, email), deterministic for a seed. `share` of B are noisy copies of distinct A records
 * (typos: adjacent swaps, deletions, substitutions, doubled letters; missing values; upper/lower
 * case and stray spaces; first and last name swapped; moved house; new or mistyped email;
 * mistyped birth date), the rest of B are people not in A. B is shuffled. Returns the sources
 * and the true pairs as [A position, B position].
 */
function generateLinkage(n, seed = 20241104, share = 0.5) {
	const r = rng(seed);
	const int = (k) => Math.floor(r() * k);
	// Zipf-like picks, weight 1 / (rank + offset): the commonest surname is 0.8% of people, first name 1.9%, city 3%.
	const zipf = (list, offset) => {
		const cumulative = new Float64Array(list.length);
		let sum = 0;
		for (let i = 0; i < list.length; i++) cumulative[i] = sum += 1 / (i + offset);
		return () => {
			const x = r() * sum;
			let lo = 0;
			let hi = list.length - 1;
			while (lo < hi) {
				const mid = (lo + hi) >> 1;
				if (cumulative[mid] < x) lo = mid + 1;
				else hi = mid;
			}
			return lo;
		};
	};
	const surnames = [...SURNAME];
	for (const p of PREFIX) for (const e of ENDING) surnames.push(p + e);
	const firstRank = zipf(FIRST, 20);
	const surnameRank = zipf(surnames, 30);
	const cityRank = zipf(CITIES, 8);
	const plain = (text) => text.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '');
	const day0 = Date.UTC(1940, 0, 1);
	const days = (Date.UTC(2006, 0, 1) - day0) / 86_400_000;
	const isoDay = (d) => new Date(day0 + d * 86_400_000).toISOString().slice(0, 10);

	const person = () => {
		const first = FIRST[firstRank()];
		const surname = surnames[surnameRank()];
		const city = cityRank();
		const dob = isoDay(int(days));
		const form = int(5);
		const f = plain(first);
		const s = plain(surname);
		const number = int(r() < 0.5 ? 100 : 10_000);
		const user = [`${f}.${s}`, `${f[0]}${s}${number}`, `${s}.${f}${number}`, `${f}${number}`, `${f}_${s}${dob.slice(2, 4)}`][form];
		return {
			first_name: first,
			surname,
			dob,
			city: CITIES[city],
			postcode: String(10_000 + city * 800 + int(800)),
			email: `${user}@${DOMAINS[int(DOMAINS.length)]}`,
		};
	};

	const typo = (text) => {
		if (text.length < 2) return text;
		const i = int(text.length - 1);
		switch (int(4)) {
			case 0:
				return text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2); // adjacent swap
			case 1:
				return text.slice(0, i) + text.slice(i + 1); // deletion
			case 2:
				return text.slice(0, i) + QWERTY[int(QWERTY.length)] + text.slice(i + 1); // substitution
			default:
				return text.slice(0, i + 1) + text[i] + text.slice(i + 1); // doubled letter
		}
	};
	const style = (text) => {
		const roll = r();
		if (roll < 0.08) return text.toUpperCase();
		if (roll < 0.16) return text.toLowerCase();
		if (roll < 0.22) return ` ${text}  `;
		return text;
	};
	const maybe = (p, value) => (r() < p ? null : value);
	const dobTypo = (dob) => {
		const [y, m, d] = dob.split('-');
		if (r() < 0.4 && Number(d) <= 12 && d !== m) return `${y}-${d}-${m}`; // day and month swapped
		const digits = dob.replace(/-/g, '').split('');
		const i = [2, 3, 5, 7][int(4)]; // a year, month or day digit mistyped
		digits[i] = String((Number(digits[i]) + 1 + int(8)) % 10);
		const text = digits.join('');
		const candidate = `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
		return Number.isNaN(Date.parse(candidate)) ? dob : candidate;
	};

	const noisy = (p, id) => {
		let first = p.first_name;
		let surname = p.surname;
		if (r() < 0.12) first = typo(first);
		if (r() < 0.12) surname = typo(surname);
		if (r() < 0.03) [first, surname] = [surname, first];
		let city = p.city;
		let postcode = p.postcode;
		if (r() < 0.05) {
			const moved = person();
			city = moved.city;
			postcode = moved.postcode;
		} else if (r() < 0.04) postcode = String((Number(postcode) + 1 + int(9)) % 100_000);
		if (r() < 0.03) city = typo(city);
		let email = p.email;
		const e = r();
		if (e < 0.1) email = person().email.replace(/^[^@]+/, plain(first).slice(0, 1) + plain(surname) + int(1000));
		else if (e < 0.15) email = typo(email);
		return {
			id,
			first_name: maybe(0.04, style(first)),
			surname: maybe(0.03, style(surname)),
			dob: maybe(0.05, r() < 0.08 ? dobTypo(p.dob) : p.dob),
			city: maybe(0.06, style(city)),
			postcode: maybe(0.05, postcode),
			email: maybe(0.15, r() < 0.1 ? email.toUpperCase() : email),
		};
	};

	const pad = (i) => String(i).padStart(7, '0');
	const a = new Array(n);
	for (let i = 0; i < n; i++) a[i] = { id: `A${pad(i)}`, ...person() };
	// Which A records have a copy in B: a random `share` of them, each once.
	const order = Array.from({ length: n }, (_, i) => i);
	for (let i = n - 1; i > 0; i--) {
		const j = int(i + 1);
		[order[i], order[j]] = [order[j], order[i]];
	}
	const dups = Math.round(n * share);
	const bRows = [];
	for (let k = 0; k < n; k++) {
		if (k < dups) bRows.push({ from: order[k], row: noisy(a[order[k]], '') });
		else {
			const p = person();
			bRows.push({ from: -1, row: noisy(p, '') }); // new people, just as messy
		}
	}
	for (let i = n - 1; i > 0; i--) {
		const j = int(i + 1);
		[bRows[i], bRows[j]] = [bRows[j], bRows[i]];
	}
	const b = new Array(n);
	const truth = [];
	for (let k = 0; k < n; k++) {
		b[k] = bRows[k].row;
		b[k].id = `B${pad(k)}`;
		if (bRows[k].from >= 0) truth.push([bRows[k].from, k]);
	}
	return { a, b, truth };
}

/** The settings of the generated linkage, as data. */
const BIG_SETTINGS = {
	blocking: [
		{ keys: [{ field: 'dob' }] },
		{ keys: [{ field: 'surname', transform: 'soundex' }, { field: 'first_name', transform: 'firstN', n: 1 }] },
		{ keys: [{ field: 'postcode' }, { field: 'surname', transform: 'firstN', n: 2 }] },
		{ keys: [{ field: 'email', transform: 'lower' }] },
	],
	comparisons: [
		fuse.nameComparison('first_name', { termFrequency: true }),
		fuse.nameComparison('surname', { termFrequency: true }),
		fuse.dateOfBirthComparison('dob'),
		fuse.exactMatch('city', { termFrequency: true }),
		fuse.emailComparison('email'),
	],
	scoring: { method: 'fellegiSunter', trainingRules: [{ keys: [{ field: 'dob' }] }, { keys: [{ field: 'postcode' }] }] },
	threshold: 0.9,
	oneToOne: true,
};

function startSampler() {
	const shared = new Float64Array(new SharedArrayBuffer(8));
	const worker = new Worker(
		`const { workerData } = require('node:worker_threads');
		const peak = new Float64Array(workerData);
		setInterval(() => { const rss = process.memoryUsage.rss(); if (rss > peak[0]) peak[0] = rss; }, 5);`,
		{ eval: true, workerData: shared.buffer },
	);
	return {
		reset: () => {
			shared[0] = process.memoryUsage.rss();
		},
		peak: () => Math.max(shared[0], process.memoryUsage.rss()),
		stop: () => worker.terminate(),
	};
}

function procStatus(field) {
	const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync('/proc/self/status', 'utf8'));
	return m ? Number(m[1]) * 1024 : undefined;
}

/** `--big-child n`: generates, then one timed run; prints one JSON line. */
async function bigChild(n) {
	const started = process.hrtime.bigint();
	const { a, b, truth } = generateLinkage(n);
	const generateMs = msSince(started);
	const sampler = startSampler();
	await new Promise((r) => setTimeout(r, 100));
	if (global.gc) {
		gc();
		gc();
	}
	const baseline = process.memoryUsage.rss();
	let canReset = true;
	try {
		fs.writeFileSync('/proc/self/clear_refs', '5');
	} catch {
		canReset = false;
	}
	sampler.reset();
	const start = process.hrtime.bigint();
	const result = fuse.resolveEntities(
		[
			{ source: 'A', records: a },
			{ source: 'B', records: b },
		],
		BIG_SETTINGS,
	);
	// Linked pairs as numbers (A position × 2n + B record index): the same work as the sets' keys, cheaper at this size.
	const predicted = new Set();
	for (const members of result.clusters) {
		for (let x = 0; x < members.length; x++) for (let y = x + 1; y < members.length; y++) {
			const [i, j] = members[x] < members[y] ? [members[x], members[y]] : [members[y], members[x]];
			predicted.add(i * 2 * n + j);
		}
	}
	const ms = msSince(start);
	const peak = sampler.peak();
	const hwm = canReset ? procStatus('VmHWM') : undefined;
	await sampler.stop();
	const truthSet = new Set(truth.map(([i, k]) => i * 2 * n + (n + k)));
	const { left, right, count } = result.pairs;
	const isTrue = (k) => truthSet.has(left[k] * 2 * n + right[k]);
	let blocked = 0;
	for (let k = 0; k < count; k++) if (isTrue(k)) blocked++;
	console.log(
		JSON.stringify({
			n,
			records: 2 * n,
			truePairs: truth.length,
			truePairsBlocked: blocked,
			candidates: result.pairs.count,
			perRule: result.blocking,
			links: predicted.size,
			clusters: result.clusters.length,
			giantsSplit: result.giantsSplit,
			lambda: result.model?.lambda,
			expectedMatches: result.model.lambda * fuse.possiblePairs(result.sources, result.link),
			...pairAccuracy(predicted, truthSet),
			pairLevel: pairLevelAccuracy(result, truthSet.size, isTrue),
			trainingLog: result.model.trainingLog,
			generateMs,
			ms,
			baseline,
			peak,
			hwm,
			heapLimit: require('node:v8').getHeapStatistics().heap_size_limit,
		}),
	);
}

function runBig(n) {
	const res = spawnSync(process.execPath, ['--max-old-space-size=4096', '--expose-gc', __filename, '--big-child', String(n)], {
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'inherit'],
		maxBuffer: 64 * 1024 * 1024,
	});
	if (res.status !== 0) throw new Error(`bench/linkage.js --big-child ${n} failed (${res.status ?? res.signal})`);
	return JSON.parse(res.stdout.trim().split('\n').pop());
}

// ---------------------------------------------------------------------------------------------
// Printing

const f4 = (x) => (x === undefined ? 'n/a' : x.toFixed(4));
const signed = (x) => (x === undefined ? 'n/a' : `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(4)}`);
const bigName = (big) => `generated ${fmt(big.n / 1000)}k × ${fmt(big.n / 1000)}k link`;

/** Accuracy of the clusters, one row per set (and the generated link): shared with bench/run.js's summary. */
function accuracyRows(sets, big) {
	const rows = [['Set', 'Records', 'Candidate pairs', 'True pairs (in candidates)', 'Link at', 'Precision', 'Recall', 'F1', 'TP / FP / FN', 'Splink F1 p=0.5 / best', 'Ours − Splink p=0.5 / best']];
	const row = (s, name, threshold) => [
		name,
		fmt(s.records),
		fmt(s.candidates),
		`${fmt(s.truePairs)} (${fmt(s.truePairsBlocked)})`,
		threshold,
		f4(s.precision),
		f4(s.recall),
		f4(s.f1),
		`${fmt(s.tp)} / ${fmt(s.fp)} / ${fmt(s.fn)}`,
		s.splink ? `${f4(s.splink.atHalf)} / ${f4(s.splink.best)}` : 'none published',
		s.splink ? `${signed(s.f1 - s.splink.atHalf)} / ${signed(s.f1 - s.splink.best)}` : '',
	];
	for (const s of sets) rows.push(row(s, s.name, s.key === 'febrl4' ? 'p ≥ 0.5, 1:1' : 'p ≥ 0.5'));
	if (big) rows.push(row(big, bigName(big), 'p ≥ 0.9, 1:1'));
	return rows;
}

/** Splink's own measure: candidate pairs at a threshold, no clustering. */
function pairLevelRows(sets, big) {
	const rows = [['Set', 'Pairs F1 at p ≥ 0.5 (TP / FP / FN)', 'Best pairs F1 (at p)', 'Splink p=0.5 / best', 'Ours − Splink p=0.5 / best', 'Model: expected matches / true pairs']];
	const row = (s, name) => {
		const { atHalf, best } = s.pairLevel;
		return [
			name,
			`${f4(atHalf.f1)} (${fmt(atHalf.tp)} / ${fmt(atHalf.fp)} / ${fmt(atHalf.fn)})`,
			`${f4(best.f1)} (${best.threshold < 0.001 ? best.threshold.toExponential(1) : fmt(best.threshold, 3)})`,
			s.splink ? `${f4(s.splink.atHalf)} / ${f4(s.splink.best)}` : 'none published',
			s.splink ? `${signed(atHalf.f1 - s.splink.atHalf)} / ${signed(best.f1 - s.splink.best)}` : '',
			`${fmt(s.expectedMatches)} / ${fmt(s.truePairs)}`,
		];
	};
	for (const s of sets) rows.push(row(s, s.name));
	if (big) rows.push(row(big, bigName(big)));
	return rows;
}

function speedRows(sets, big) {
	const rows = [['Case', 'Records', 'Candidate pairs', 'Median', 'Runs (ms)', 'Goal']];
	for (const s of sets) {
		rows.push([
			s.name,
			fmt(s.records),
			fmt(s.candidates),
			`${fmt(s.medianMs)} ms`,
			s.ms.map((x) => fmt(x)).join(' / '),
			s.key === 'febrl4' ? `< 5 s: ${s.medianMs < GOALS.febrl4Ms ? 'met' : 'missed'}` : '',
		]);
	}
	if (big) {
		const full = big.n >= 100_000;
		rows.push([
			bigName(big),
			fmt(big.records),
			fmt(big.candidates),
			`${fmt(big.ms)} ms`,
			'1 run, fresh process',
			full ? `< 60 s: ${big.ms < GOALS.bigMs ? 'met' : 'missed'}` : '(--quick; the goal is for 100k × 100k)',
		]);
	}
	return rows;
}

function bigRows(big) {
	const full = big.n >= 100_000;
	const goal = (text) => (full ? ` (goal ${text})` : '');
	return [
		['Generated link', 'Value'],
		['Records, A + B', `${fmt(big.n)} + ${fmt(big.n)}`],
		['True pairs (in candidates)', `${fmt(big.truePairs)} (${fmt(big.truePairsBlocked)})`],
		['Candidate pairs', fmt(big.candidates)],
		...big.perRule.map((r) => [`  rule ${r.rule}`, `${fmt(r.candidates)} pairs, ${fmt(r.new)} new`]),
		['Links at p ≥ 0.9, one-to-one', `${fmt(big.links)} (P ${f4(big.precision)}, R ${f4(big.recall)}, F1 ${f4(big.f1)})`],
		['Wall time, resolveEntities + pairs', `${fmt(big.ms / 1000, 1)} s${goal(`< 60 s: ${big.ms < GOALS.bigMs ? 'met' : 'missed'}`)}`],
		['Peak RSS, whole process (sampled)', `${mb(big.peak)}${goal(`< 2 GB: ${big.peak < GOALS.bigRss ? 'met' : 'missed'}`)}`],
		['Peak RSS, VmHWM', mb(big.hwm)],
		['RSS before the run (records held)', mb(big.baseline)],
		['Generating the records (not timed)', `${fmt(big.generateMs)} ms`],
	];
}

async function main() {
	if (args[0] === '--big-child') return bigChild(Number(args[1]));
	const result = { runs: RUNS, quick, sets: [], big: undefined, settings: { big: BIG_SETTINGS } };
	for (const load of [febrl4, febrl3, fake1000]) {
		const set = await load();
		const measured = await measureSet(set);
		result.sets.push(measured);
		console.log(`${measured.name}: ${fmt(measured.records)} records, F1 ${f4(measured.f1)}, median ${fmt(measured.medianMs)} ms`);
	}
	console.log(
		`\nGenerated ${fmt(BIG)} × ${fmt(BIG)} linkage${quick ? ' (--quick: 20k × 20k instead of 100k × 100k; the goals are for 100k × 100k)' : ''}, ` +
			'one run in a fresh process (node --max-old-space-size=4096)…',
	);
	result.big = runBig(BIG);
	console.log(`\n${table(bigRows(result.big))}`);
	console.log('\nAccuracy of the clusters against the ground truth (pairs inside clusters; true pairs blocking missed count as missed):\n');
	console.log(table(accuracyRows(result.sets, result.big)));
	const fake = result.sets.find((s) => s.labelled);
	if (fake) {
		const l = fake.labelled;
		console.log(
			`\nfake_1000's ${fmt(l.tp + l.fp + l.fn + l.tn)} clerically labelled pairs: ${fmt(l.tp)} of ${fmt(l.tp + l.fn)} matches linked, ` +
				`${fmt(l.fp)} of ${fmt(l.fp + l.tn)} non-matches linked (TP ${l.tp}, FN ${l.fn}, FP ${l.fp}, TN ${l.tn}).`,
		);
	}
	console.log("\nThe candidate pairs scored as Splink's accuracy_analysis_from_labels_column does (no clustering, threshold swept):\n");
	console.log(table(pairLevelRows(result.sets, result.big)));
	console.log(`\nSpeed (reading excluded; resolveEntities + pairs from clusters timed; warm-up, then median of ${RUNS} runs):\n`);
	console.log(table(speedRows(result.sets, result.big)));
	if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(result, null, 2));
}

if (require.main === module) {
	main().catch((error) => {
		console.error(error);
		process.exit(1);
	});
}

module.exports = { generateLinkage, accuracyRows, pairLevelRows, speedRows, bigRows, BIG_SETTINGS, GOALS };
