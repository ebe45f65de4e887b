#!/usr/bin/env node
// The healthlint language server, over standard input and output.
import { startLanguageServer } from '../dist/src/lsp/server.js';

startLanguageServer();
