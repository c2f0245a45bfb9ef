import qrcode from 'qrcode-terminal';

/**
 * Prints the pairing prompt for the operator: the QR code as terminal art,
 * or the 8-character pairing code (shown as ABCD-EFGH). It goes to the
 * terminal only, never to the log (JSON lines get shipped and kept) and
 * never to a staff group.
 */
export function printPairingPrompt(kind: 'qr' | 'code', value: string, print: (text: string) => void): void {
  if (kind === 'qr') {
    qrcode.generate(value, { small: true }, (art) =>
      print(
        `\nWhatsApp: scan this QR code with the bot's phone (WhatsApp > Linked devices > Link a device):\n${art}\n`,
      ),
    );
    return;
  }
  const pretty = value.length === 8 ? `${value.slice(0, 4)}-${value.slice(4)}` : value;
  print(
    `\nWhatsApp pairing code: ${pretty}\nOn the bot's phone: WhatsApp > Linked devices > Link a device > Link with phone number instead.\n\n`,
  );
}
