import { describe, expect, it } from 'vitest';
import { benchEngine } from '../../bench/engine.js';

// The bench itself (npm run bench) measures; this only checks that a tiny engine run reports what results.json expects.
describe('bench: engine section', () => {
  it('walks the shipped flows and reports its figures with units, modes and targets', async () => {
    const result = await benchEngine({ steps: 500, walkLength: 50, seed: 1 });
    expect(result).toMatchObject({
      id: 'engine',
      title: expect.any(String),
      params: expect.objectContaining({ steps: 500 }),
    });
    expect(result.notes.length).toBeGreaterThan(0);
    expect(result.figures.map((f) => f.key)).toEqual(['steps_per_s', 'p50_us', 'p99_us', 'screens_visited_pct']);
    for (const f of result.figures) {
      expect(f).toMatchObject({ label: expect.any(String), unit: expect.any(String), mode: 'none' });
      expect(Number.isFinite(f.value)).toBe(true);
    }
    const p99 = result.figures.find((f) => f.key === 'p99_us');
    expect(p99?.target).toEqual({ op: '<', value: 50 });
    expect(typeof p99?.met).toBe('boolean');
  });
});
