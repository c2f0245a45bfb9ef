/** The node-type contract lives in types.ts (one file, no import cycle); this module names it for node files. */
export type { NodeResult, NodeType, NodeTypes, Owned } from './types.js';
