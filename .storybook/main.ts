import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
  // Keep light-dark() as written: lowered for older targets, lightningcss replaces it with
  // --lightningcss-light/-dark variables that never reach the components' shadow roots.
  viteFinal: (vite) => ({ ...vite, build: { ...vite.build, cssTarget: ['chrome123', 'edge123', 'firefox120', 'safari17.5'] } }),
};
export default config;
