/** The part of esbuild's stats (`ng build --stats-json`) that says which file imports which. */
export interface BuildStats {
  outputs: Record<string, { imports: { path: string; kind: string }[]; entryPoint?: string }>;
}

/** `roots` and the files they import statically, transitively, parents before children. */
export function staticClosure(stats: BuildStats, roots: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) {
      continue;
    }
    seen.add(file);
    for (const imported of stats.outputs[file]?.imports ?? []) {
      if (imported.kind === 'import-statement' && !imported.path.startsWith('<')) {
        queue.push(imported.path);
      }
    }
  }
  return [...seen];
}
