/**
 * How co-agents act, by mode, as the phrasebook's default style words it
 * (`phrasebook/agent-mode.ts`, style `by-mode`), without its leading comma:
 * what import reads back into `agents <mode>`.
 */
import type { AgentMode } from '../model/poa-model.js';
import { agentMode } from '../phrasebook/agent-mode.js';

const byMode = agentMode.styles.find((s) => s.id === 'by-mode')?.variants ?? {};

export const AGENT_MODE_PHRASES = Object.fromEntries(
    Object.entries(byMode).map(([mode, words]) => [mode, words.replace(/^,\s*/, '')])
) as Record<AgentMode, string>;
