import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Whether two texts are equal, in time that does not depend on where they differ, so an attacker
 * timing our 401s cannot guess a signature or a shared secret one character at a time.
 * `timingSafeEqual` needs buffers of equal length (it throws otherwise), and checking the lengths
 * first would leak a shared secret's length; so both sides are compared as their SHA-256 digests,
 * which always have the same length and are equal exactly when the texts are (UTF-8 bytes).
 *
 * @example
 * constantTimeEqual('c2lnbmF0dXJl', 'c2lnbmF0dXJl'); // true
 * constantTimeEqual('short', 'a much longer value'); // false, and no throw
 */
export function constantTimeEqual(received: string, expected: string): boolean {
	return timingSafeEqual(digest(received), digest(expected));
}

function digest(text: string): Buffer {
	return createHash('sha256').update(text, 'utf8').digest();
}
