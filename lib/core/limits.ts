/**
 * Size limits every parser honours, so a hostile or mistaken file fails fast with a clear
 * error instead of exhausting the worker. Each is an option of the Convert Format node.
 */
export interface InputLimits {
	/** Largest input accepted, in bytes. */
	maxInputBytes: number;
	/** Longest single line / field accepted, in bytes (a 100 MB one-line file stops here). */
	maxLineBytes: number;
	/** Most records produced from one input. */
	maxRecords: number;
}

export const DEFAULT_LIMITS: InputLimits = {
	maxInputBytes: 512 * 1024 * 1024,
	maxLineBytes: 16 * 1024 * 1024,
	maxRecords: 5_000_000,
};

/** Fills the limits a caller left out with the defaults. */
export function resolveLimits(partial: Partial<InputLimits> = {}): InputLimits {
	return { ...DEFAULT_LIMITS, ...stripUndefined(partial) };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
	return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
