import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
  // tokens.css uses light-dark(); with Vite's default CSS target the minifier rewrites it into
  // --lightningcss-light/dark variables that nothing defines, and every token becomes invalid.
  viteFinal: (vite) => ({ ...vite, build: { ...vite.build, cssTarget: ['chrome123', 'edge123', 'firefox120', 'safari17.5'] } }),
};
export default config;
