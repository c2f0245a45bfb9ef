// Never download Chrome on install: CI and servers reach only the npm registry.
// WhatsApp uses Debian's chromium (CHROMIUM_PATH).
module.exports = { skipDownload: true };
