import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
  // Keep light-dark() in tokens.css: for older CSS targets the minifier rewrites it into
  // variables that only work with its own color-scheme polyfill (every colour token broke).
  viteFinal: (vite) => ({ ...vite, build: { ...vite.build, cssTarget: ['chrome123', 'edge123', 'firefox120', 'safari17.5'] } }),
};
export default config;
