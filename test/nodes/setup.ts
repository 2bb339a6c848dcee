import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// n8n-core writes an encryption key under N8N_USER_FOLDER on first use: keep it out of $HOME.
process.env.N8N_USER_FOLDER = mkdtempSync(join(tmpdir(), 'crm-node-tests-'));
process.env.N8N_RUNNERS_ENABLED = 'false';
process.env.N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS = 'false';
