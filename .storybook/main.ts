import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
  // tokens.css uses light-dark(); with Vite's default CSS target the minifier rewrites it into
  // --lightningcss-light/dark variables that nothing defines, and every token becomes invalid.
  // The "Reference server" story of ev-log asks the relative /api/v3: in `npm run storybook` that
  // reaches the reference events server (`npm run server`), or EV_SERVER_URL.
  viteFinal: (vite) => ({
    ...vite,
    build: { ...vite.build, cssTarget: ['chrome123', 'edge123', 'firefox120', 'safari17.5'] },
    server: { ...vite.server, proxy: { ...vite.server?.proxy, '/api': { target: process.env.EV_SERVER_URL ?? 'http://127.0.0.1:8787', changeOrigin: true } } },
  }),
};
export default config;
