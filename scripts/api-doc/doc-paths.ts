import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DOC_PATH = 'docs/api.md';
export const CONTRACT_DIR = 'src/contract';
export const SEED_PATH = '../shared/seed/customer-care-chat-v2-api-mapping.md';
/** A path in this repository, as the doc names files. */
export const REPO_PATH = /^(src|server|e2e|scripts|config|public|docs|bench)\/[\w./-]+\.[a-z]+$/;

/** What is wrong with the doc or the contract's JSDoc; the run fails when any is found. */
export const problems: string[] = [];
