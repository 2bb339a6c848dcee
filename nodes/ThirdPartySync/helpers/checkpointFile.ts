import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { CheckpointStore, SyncCheckpoint } from '../../../lib/sync';

/**
 * A sync checkpoint kept in a file of n8n's user folder, written after every batch the
 * destination acknowledged (write to a temporary file, then rename, so a kill never leaves half a
 * file). The workflow's static data is only saved when an execution ends; a checkpoint has to
 * survive the process being killed in the middle. It holds a run key, per-record outcomes and
 * destination ids, never a secret. A completed sync removes it.
 */
export function checkpointFile(workflowId: string, nodeId: string): CheckpointStore & { clear(): Promise<void>; path: string } {
	const folder = join(process.env.N8N_USER_FOLDER ?? homedir(), '.n8n', 'crm-integration', 'sync-checkpoints');
	const safe = (text: string | undefined) => String(text ?? '').replace(/[^A-Za-z0-9_-]/g, '_');
	const path = join(folder, `${safe(workflowId || 'unsaved')}-${safe(nodeId)}.json`);
	return {
		path,
		async load() {
			try {
				return JSON.parse(await readFile(path, 'utf8')) as SyncCheckpoint;
			} catch {
				return undefined;
			}
		},
		async save(state) {
			await mkdir(folder, { recursive: true });
			const temporary = `${path}.${process.pid}.tmp`;
			await writeFile(temporary, JSON.stringify(state));
			await rename(temporary, path);
		},
		async clear() {
			await rm(path, { force: true });
		},
	};
}
