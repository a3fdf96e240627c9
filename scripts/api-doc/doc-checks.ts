import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

import * as contract from '../../src/contract';
import { splitRow } from './contract-table';
import { CONTRACT_DIR, DOC_PATH, REPO_PATH, ROOT, SEED_PATH, problems } from './doc-paths';

export function checkSeedCoverage(): void {
  const seedFile = resolve(ROOT, SEED_PATH);
  if (!existsSync(seedFile)) {
    console.warn(`${SEED_PATH} not found: seed coverage not checked.`);
    return;
  }
  const seeds = new Set(
    Object.values(contract.REST_ENDPOINTS).map((endpoint: contract.RestEndpoint) => endpoint.seed),
  );
  const events = new Set<string>([...contract.CLIENT_EVENTS, ...contract.SERVER_EVENTS]);
  let area: 'rest' | 'events' | null = null;
  let found = 0;
  for (const line of readFileSync(seedFile, 'utf8').split('\n')) {
    if (line.startsWith('## ')) {
      area = /REST/i.test(line) ? 'rest' : /WebSocket|Events/i.test(line) ? 'events' : null;
      continue;
    }
    if (!area || !/^\|\s*\d+\s*\|/.test(line)) {
      continue;
    }
    const name = splitRow(line)[1].replace(/`/g, '').replace(/\(\)$/, '');
    found++;
    if (area === 'rest' ? !seeds.has(name) : !events.has(name)) {
      problems.push(`${SEED_PATH}: ${name} is not in the contract (${CONTRACT_DIR}).`);
    }
  }
  if (found === 0) {
    problems.push(`${SEED_PATH}: no endpoint or event tables found; has its format changed?`);
  }
}

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      sourceFiles(path, out);
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) {
      out.push(path);
    }
  }
  return out;
}

export function checkReferences(text: string): void {
  const sources = sourceFiles(join(ROOT, 'src/app')).map((path) => readFileSync(path, 'utf8'));
  const classes = new Map<string, string>();
  for (const source of sources) {
    for (const match of source.matchAll(/export class (\w+)/g)) {
      classes.set(match[1], source);
    }
  }
  for (const [, name, member] of text.matchAll(/`([A-Z]\w+)\.(\w+)`/g)) {
    const source = classes.get(name);
    if (source && !new RegExp(`\\b${member}\\b`).test(source)) {
      problems.push(`${DOC_PATH}: \`${name}.${member}\` does not exist.`);
    }
  }
  for (const [, path] of text.matchAll(/`([^`\s]+)`/g)) {
    if (REPO_PATH.test(path) && !existsSync(join(ROOT, path))) {
      problems.push(`${DOC_PATH}: ${path} does not exist.`);
    }
  }
}
