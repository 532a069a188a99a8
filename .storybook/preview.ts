import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/styles/tokens.css';
import './canvas.css';
import { type Manifest, argTypesFromManifest } from './argtypes.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    // Every category of the manifest (attributes, properties, events, slots, CSS properties,
    // parts) in the docs table, without the name collisions of the default extraction.
    docs: { extractArgTypes: (tagName: string) => argTypesFromManifest(manifest as Manifest, tagName) },
  },
};
export default preview;
