/**
 * The product contract's material: `../shared` beside the repository when it is there (the live
 * fixtures and rule corpus), else the copy bundled in test/fixtures/shared (see its README).
 */
import fs from 'fs';
import path from 'path';

const beside = path.resolve(__dirname, '..', '..', 'shared');
const bundled = path.resolve(__dirname, 'fixtures', 'shared');

export const SHARED_DIR = fs.existsSync(path.join(beside, 'fixtures')) ? beside : bundled;
export const FIXTURES_DIR = path.join(SHARED_DIR, 'fixtures');
export const CORPUS_FILE = path.join(SHARED_DIR, 'rules', 'public.jsonl');
