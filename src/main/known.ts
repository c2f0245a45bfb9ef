import { telegramCapabilities } from '../adapters/channels/telegram/capabilities.js';
import { whatsappCapabilities } from '../adapters/channels/whatsapp/capabilities.js';
import { featureMessageIds, featureNodeTypes } from '../features/index.js';
import { NodeRegistry, kernelNodeTypes } from '../kernel/engine/registry.js';
import type { ChannelCapabilities } from '../kernel/ports/channel.js';
import { loadContent, type ContentSet } from '../kernel/content/content-set.js';
import { checkContent, type CheckResult } from '../kernel/content/check.js';

/**
 * The channels Peerline can run. The content check measures texts and buttons
 * against all of them, whichever are configured, so content stays portable.
 */
export const knownChannels: readonly ChannelCapabilities[] = [telegramCapabilities, whatsappCapabilities];

/** Builds the registry of every node type: the kernel's and each feature's. */
export function nodeRegistry(): NodeRegistry {
  return new NodeRegistry([...kernelNodeTypes, ...featureNodeTypes]);
}

/** Loads content checked against every known node type and channel (start-up, CLIs, tests, bench). */
export function loadKnownContent(
  root: string,
  options: Omit<Parameters<typeof loadContent>[1], 'registry' | 'channels' | 'featureMessages'> = {},
): ContentSet {
  return loadContent(root, {
    ...options,
    registry: nodeRegistry(),
    channels: knownChannels,
    featureMessages: featureMessageIds,
  });
}

/** Checks content against every known node type, feature message and channel (`npm run content:check`, tests). */
export function checkKnownContent(root: string, options: { now?: Date } = {}): CheckResult {
  return checkContent({
    root,
    ...options,
    registry: nodeRegistry(),
    channels: knownChannels,
    featureMessages: featureMessageIds,
  });
}
