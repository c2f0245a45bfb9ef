import type { OutboxItem } from '../engine/types.js';
import { SYSTEM_MESSAGES } from '../content/system-messages.js';
import type { Translator } from '../content/translator.js';
import type { Outgoing } from '../ports/channel.js';

const NAV_LABEL = { back: SYSTEM_MESSAGES.navBack, home: SYSTEM_MESSAGES.navHome } as const;

/** Turns the engine's outbox into localized, channel-neutral messages. */
export function localize(outbox: readonly OutboxItem[], locale: string, translator: Translator): Outgoing[] {
  return outbox.map((item) => {
    const text = item.body.map((m) => translator.msg(locale, m)).join('\n\n');
    if (item.kind === 'notice') return { kind: 'notice', display: 'notice', text, options: [], nav: [], locale };
    const mark = translator.t(locale, SYSTEM_MESSAGES.selectedMark);
    return {
      kind: 'screen',
      screen: item.node,
      display: item.display,
      text,
      options: item.options.map((o) => {
        const label = translator.msg(locale, o.label);
        return {
          key: o.key,
          label: o.selected ? `${mark} ${label}` : label,
          ...(o.selected ? { selected: true } : {}),
        };
      }),
      nav: item.nav.map((key) => ({ key, label: translator.t(locale, NAV_LABEL[key]) })),
      locale,
    };
  });
}
