/** Represents the source of time; injected so tests and the engine never read the wall clock themselves. */
export interface Clock {
  now(): number;
}

/** The real clock. */
export const systemClock: Clock = { now: () => Date.now() };
