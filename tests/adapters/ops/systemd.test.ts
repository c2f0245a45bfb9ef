import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { configSchema, loadConfig } from '../../../src/main/config.js';
import { ROOT, randomKey, tempDir } from '../../helpers/index.js';

const run = promisify(execFile);
const DEPLOY = path.join(ROOT, 'deploy');
const read = (name: string) => readFileSync(path.join(DEPLOY, name), 'utf8');
const lines = (name: string) =>
  read(name)
    .split('\n')
    .map((l) => l.trim());
const ANALYZE = ['/usr/bin/systemd-analyze', '/bin/systemd-analyze'].find((p) => existsSync(p));

describe('deploy/peerline.service', () => {
  it('runs as its own user from /opt/peerline with the environment file, restarts on failure', () => {
    expect(lines('peerline.service')).toEqual(
      expect.arrayContaining([
        'User=peerline',
        'Group=peerline',
        'WorkingDirectory=/opt/peerline',
        'EnvironmentFile=/etc/peerline.env',
        'ExecStart=/usr/bin/npm start',
        'Restart=on-failure',
        'WantedBy=multi-user.target',
      ]),
    );
  });

  it('is hardened: no privileges, read-only system, only the data folder writable', () => {
    expect(lines('peerline.service')).toEqual(
      expect.arrayContaining([
        'NoNewPrivileges=yes',
        'ProtectSystem=strict',
        'ReadWritePaths=/opt/peerline/data',
        'ProtectHome=yes',
        'PrivateTmp=yes',
        'PrivateDevices=yes',
        'CapabilityBoundingSet=',
        'UMask=0077',
      ]),
    );
    // V8 (and WhatsApp's Chromium) compile code at run time; this setting would crash them.
    expect(read('peerline.service')).not.toMatch(/^MemoryDenyWriteExecute=yes/m);
  });

  it('has a nightly backup timer that runs npm run backup as the same user', () => {
    expect(lines('peerline-backup.service')).toEqual(
      expect.arrayContaining([
        'Type=oneshot',
        'User=peerline',
        'EnvironmentFile=/etc/peerline.env',
        'WorkingDirectory=/opt/peerline',
      ]),
    );
    expect(read('peerline-backup.service')).toMatch(/^ExecStart=.*npm run backup -- /m);
    expect(lines('peerline-backup.timer')).toEqual(
      expect.arrayContaining(['Persistent=true', 'WantedBy=timers.target']),
    );
  });

  it.skipIf(!ANALYZE)('passes systemd-analyze verify', async () => {
    const t = tempDir('peerline-units-');
    try {
      const units = ['peerline.service', 'peerline-backup.service', 'peerline-backup.timer'];
      for (const unit of units) {
        let text = read(unit);
        // verify checks that ExecStart's program exists; on a machine whose npm lives elsewhere, point at it.
        if (!existsSync('/usr/bin/npm'))
          text = text.replaceAll('/usr/bin/npm', path.join(path.dirname(process.execPath), 'npm'));
        writeFileSync(path.join(t.dir, unit), text);
      }
      const result = await run(ANALYZE!, ['verify', ...units.map((u) => path.join(t.dir, u))]).then(
        (r) => ({ code: 0, stderr: r.stderr }),
        (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
      );
      // Parse errors only warn ("…, ignoring"), so any message about our units fails the test.
      const ours = result.stderr.split('\n').filter((l) => /peerline/.test(l));
      expect(ours).toEqual([]);
      expect(result.code).toBe(0);
    } finally {
      t.cleanup();
    }
  });

  it.skipIf(!ANALYZE)('would catch a broken setting (the check is not vacuous)', async () => {
    const t = tempDir('peerline-units-');
    try {
      const file = path.join(t.dir, 'peerline.service');
      writeFileSync(file, read('peerline.service').replace('ProtectSystem=strict', 'ProtectSystem=sometimes'));
      const { stderr } = await run(ANALYZE!, ['verify', file]).catch((e: { stderr: string }) => e);
      expect(stderr).toMatch(/peerline\.service.*ProtectSystem|protect system/i);
    } finally {
      t.cleanup();
    }
  });
});

describe('deploy/peerline.env.example', () => {
  const env = Object.fromEntries(
    read('peerline.env.example')
      .split('\n')
      .filter((l) => /^[A-Z_]+=/.test(l))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );

  it('lists every configuration variable', () => {
    expect(Object.keys(env).sort()).toEqual(Object.keys(configSchema.shape).sort());
  });

  it('is a valid configuration once DATA_KEY and the token are filled in', () => {
    const config = loadConfig({
      ...env,
      DATA_KEY: randomKey(),
      TELEGRAM_BOT_TOKEN: '123456:ABC-def',
      STAFF_CHAT_ID: '-1001234567890',
    });
    expect(config).toMatchObject({
      HOST: '127.0.0.1',
      SIMULATOR: false,
      DATABASE_PATH: '/opt/peerline/data/peerline.db',
    });
  });
});
