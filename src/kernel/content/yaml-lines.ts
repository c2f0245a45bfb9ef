import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

/** Represents a parsed YAML file that can tell the line of any path in it. */
export interface LocatedYaml {
  readonly data: unknown;
  readonly errors: readonly { message: string; line: number }[];
  /** Line (1-based) of the value at `path`, or of its nearest existing parent. */
  lineOf(path: readonly PropertyKey[]): number;
}

/** Parses YAML keeping positions, so content issues can name file:line. */
export function parseLocatedYaml(source: string): LocatedYaml {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(source, { lineCounter, prettyErrors: false });
  // With prettyErrors off, yaml leaves `linePos` unset, so the line comes from the error's offset
  // (tests/kernel/content/broken/yaml_syntax.yaml guards this: it used to say line 1 for every error).
  const errors = doc.errors.map((e) => ({
    message: e.message.split('\n')[0] ?? e.message,
    line: lineCounter.linePos(e.pos[0]).line,
  }));
  const lineOf = (path: readonly PropertyKey[]): number => {
    let node: unknown = doc.contents;
    let line = 1;
    const take = (n: unknown) => {
      const range = (n as { range?: [number, number, number] } | null)?.range;
      if (range) line = lineCounter.linePos(range[0]).line;
    };
    take(node);
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
        if (!pair) break;
        take(pair.key);
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        node = node.items[key];
        if (node === undefined) break;
        take(node);
      } else break;
    }
    return line;
  };
  return { data: errors.length ? undefined : doc.toJS(), errors, lineOf };
}
