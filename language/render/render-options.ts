import type { DateStyle, Layout, Voice } from '../model/poa-model.js';

/** Options that override the instrument's own settings for one rendering (the preview's voice and layout). */
export interface RenderOptions {
    voice?: Voice;
    layout?: Layout;
    dateStyle?: DateStyle;
}
