export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/**/*.d.ts'],
  litelement: true,
  packagejson: false,
  plugins: [
    {
      // The analyzer's file globbing order varies from run to run; sort so the manifest is stable.
      name: 'event-elements-stable-order',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
