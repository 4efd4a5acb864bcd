// Loads the built package (www/pkg, `make build`) in Node, as a page would but synchronously.

import { readFileSync } from 'node:fs';
import { wrapCore } from '../www/core.js';
import * as pkg from '../www/pkg/nutshell.js';

const wasm = readFileSync(new URL('../www/pkg/nutshell_bg.wasm', import.meta.url));
pkg.initSync({ module: wasm });

export const { summarize, sentences, facts } = wrapCore(pkg);
