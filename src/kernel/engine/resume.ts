/** Removes `K` from each member of a union (TypeScript's Omit would merge the members). */
export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * Builds a typed resume event: `resume<HandoffResume>({ action: 'open_case', result: 'opened' })`. Features use it
 * to feed the outcome of an effect back to the node type that asked for it.
 */
export function resume<R extends { readonly type: 'resume' }>(outcome: DistributiveOmit<R, 'type'>): R {
  return { type: 'resume', ...outcome } as unknown as R;
}
