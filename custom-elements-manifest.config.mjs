export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/**/*.d.ts'],
  litelement: true,
  packagejson: false,
};
