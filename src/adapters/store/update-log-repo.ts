import type { ChannelName, UpdateLog } from '../../kernel/ports/store.js';
import type { Database } from './sqlite.js';

/** UpdateLogRepo can be used to skip platform updates that were already handled. */
export class UpdateLogRepo implements UpdateLog {
  constructor(private readonly db: Database) {}

  async firstTime(channel: ChannelName, updateId: string, now: number): Promise<boolean> {
    const { changes } = await this.db.run(
      'INSERT OR IGNORE INTO processed_updates (channel, update_id, at) VALUES (?, ?, ?)',
      [channel, updateId, now],
    );
    return changes === 1;
  }

  /** Forgets update ids older than `before` (platforms re-deliver within hours, not days). */
  async purge(before: number): Promise<number> {
    return (await this.db.run('DELETE FROM processed_updates WHERE at < ?', [before])).changes;
  }
}
