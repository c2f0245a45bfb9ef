import type { NodeType } from './node-type.js';
import { infoNode } from './nodes/info.js';
import { languageNode } from './nodes/language.js';
import { menuNode } from './nodes/menu.js';

/**
 * Represents the set of node types the engine knows. Each type lives in one
 * file under `nodes/` and has table-driven cases in `tests/kernel/engine/nodes/<type>.yaml`
 * (tests/kernel/engine/registry.test.ts fails when a type has none).
 */
export class NodeRegistry {
  private readonly types = new Map<string, NodeType>();

  constructor(types: readonly NodeType[]) {
    for (const t of types) this.register(t);
  }

  /** Adds a node type; later issues add `handoff`, `callback`, `alerts` this way. */
  register(type: NodeType): void {
    if (this.types.has(type.type)) throw new Error(`node type registered twice: ${type.type}`);
    this.types.set(type.type, type);
  }

  get(type: string): NodeType | undefined {
    return this.types.get(type);
  }

  names(): string[] {
    return [...this.types.keys()].sort();
  }
}

/** The node types of the kernel; features add theirs (src/features/index.ts). */
export const kernelNodeTypes: readonly NodeType[] = [menuNode, infoNode, languageNode];
