#!/usr/bin/env node
// Copies the non-TypeScript files the package exports (CSS) next to the tsc output.
import { copyFileSync, mkdirSync } from 'node:fs';

mkdirSync('dist/styles', { recursive: true });
copyFileSync('src/styles/tokens.css', 'dist/styles/tokens.css');
