// Loads the built package (www/pkg, `make build`) in Node, as a page would but synchronously.

import { readFileSync } from 'node:fs';
import * as pkg from '../www/pkg/nutshell.js';

const wasm = readFileSync(new URL('../www/pkg/nutshell_bg.wasm', import.meta.url));
pkg.initSync({ module: wasm });

export const { summarize, sentences, facts } = pkg;

/** Whether the core finds facts yet (the facts stage may still be a placeholder). */
export const FINDS_FACTS = facts('Sales rose 17% to $5 billion on July 17.').length > 0;
export const NO_FACTS_YET = FINDS_FACTS ? false : 'the core finds no facts yet (placeholder facts stage)';
