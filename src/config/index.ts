/** Configuration: files, presets, severities, allowlists (see README "Configuration"). */
export { ConfigError, CONFIG_FILE_NAMES, createConfigResolver, resolveRawConfig, type ConfigResolver, type ConfigResolverOptions } from './load.js';
export { PRESET_NAMES, type PresetName } from './presets.js';
export { configSchema, PAGE_KINDS, pageKindOf, type RawConfig } from './schema.js';
export type { ConfigSeverity, ResolvedConfig, RuleSettings } from './types.js';
