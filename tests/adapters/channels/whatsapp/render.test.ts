import { describe, expect, it } from 'vitest';
import { localize } from '../../../../src/kernel/conversation/localize.js';
import { step } from '../../../../src/kernel/engine/step.js';
import { parseWhatsAppText } from '../../../../src/adapters/channels/whatsapp/parse-text.js';
import { renderWhatsApp, splitText } from '../../../../src/adapters/channels/whatsapp/render.js';
import { shippedContent, shippedEnv } from '../../../helpers/index.js';

describe('WhatsApp numbered menus', () => {
  const content = shippedContent();
  const picker = () => {
    const result = step(null, { type: 'start' }, shippedEnv());
    return renderWhatsApp(localize(result.outbox, 'en', content.translator)[0]!, content.translator).join('\n');
  };

  it('numbers ten languages 1–8, 10, 11 so that 9 stays Main menu and 0 stays Back', () => {
    const text = picker();
    expect(text).toMatch(/^8\. Français$/m);
    expect(text).not.toMatch(/^9\. /m);
    expect(text).toMatch(/^10\. Español$/m);
    expect(text).toMatch(/^11\. Português$/m);
  });

  it('reads a typed number back to the option it was shown next to', () => {
    const env = shippedEnv();
    const start = step(null, { type: 'start' }, env);
    const choose = (typed: string) => step(start.state, parseWhatsAppText(typed), env).state.locale;
    expect(choose('1')).toBe('en');
    expect(choose('8')).toBe('fr');
    expect(choose('10')).toBe('es');
    expect(choose('11')).toBe('pt');
    expect(parseWhatsAppText('9')).toEqual({ type: 'command', name: 'menu' });
    expect(parseWhatsAppText('0')).toEqual({ type: 'command', name: 'back' });
  });

  it('splits long texts at paragraph breaks below the limit', () => {
    const paragraphs = Array.from({ length: 12 }, (_, i) => `Paragraph ${i} `.repeat(20).trim());
    const pieces = splitText(paragraphs.join('\n\n'), 1500);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(1500);
    expect(pieces.every((p) => p.startsWith('Paragraph'))).toBe(true);
    expect(pieces.join('\n\n')).toBe(paragraphs.join('\n\n'));
  });
});
