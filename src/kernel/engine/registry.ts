import type { NodeType, NodeTypes, Owned } from './types.js';
import { infoNode } from './nodes/info.js';
import { languageNode } from './nodes/language.js';
import { menuNode } from './nodes/menu.js';

const KINDS: readonly (keyof Owned)[] = ['commands', 'actions', 'topics'];

/**
 * Represents the set of node types the engine knows. Each type lives in one
 * file and has table-driven cases in `tests/kernel/engine/nodes/<type>.yaml`
 * (tests/kernel/engine/nodes.test.ts fails when a type has none). It also
 * knows which type owns each command, action and notification topic, so the
 * engine can route a resume or a notification to the type that answers it.
 */
export class NodeRegistry implements NodeTypes {
  private readonly types = new Map<string, NodeType>();
  private readonly owners = new Map<string, NodeType>();

  constructor(types: readonly NodeType[]) {
    for (const t of types) this.register(t);
  }

  /** Adds a node type; throws when its type or anything it owns is taken already (a wiring mistake). */
  register(type: NodeType): void {
    if (this.types.has(type.type)) throw new Error(`node type registered twice: ${type.type}`);
    for (const kind of KINDS) {
      for (const name of type.owns?.[kind] ?? []) {
        const taken = this.owners.get(`${kind}:${name}`);
        if (taken) throw new Error(`${kind} "${name}" of node type ${type.type} is owned by ${taken.type} already`);
      }
    }
    this.types.set(type.type, type);
    for (const kind of KINDS) for (const name of type.owns?.[kind] ?? []) this.owners.set(`${kind}:${name}`, type);
  }

  get(type: string): NodeType | undefined {
    return this.types.get(type);
  }

  owner(kind: keyof Owned, name: string): NodeType | undefined {
    return this.owners.get(`${kind}:${name}`);
  }

  names(): string[] {
    return [...this.types.keys()].sort();
  }
}

/** The node types of the kernel; features add theirs (src/features/index.ts). */
export const kernelNodeTypes: readonly NodeType[] = [menuNode, infoNode, languageNode];
