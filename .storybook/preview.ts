import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Preview } from '@storybook/web-components-vite';
import { themes } from 'storybook/theming';
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
    // The docs pages follow the operating system like the elements do, so a story block on a
    // docs page is not light text on white when the OS is dark.
    docs: {
      extractArgTypes: (tagName: string) => argTypesFromManifest(manifest as Manifest, tagName),
      theme: window.matchMedia('(prefers-color-scheme: dark)').matches ? themes.dark : themes.light,
    },
  },
};
export default preview;
