import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the repository root (the folder holding local/). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Where the deployable cloud function folders live by default. */
export const DEFAULT_FUNCTIONS_DIR = path.join(REPO_ROOT, 'cloudfunctions');

/** The H5 build the gateway serves by default. */
export const DEFAULT_STATIC_DIR = path.join(REPO_ROOT, 'dist', 'h5');
