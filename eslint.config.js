// @ts-check
const eslint = require('@eslint/js');
const tseslint = require('typescript-eslint');
const angular = require('angular-eslint');

/** One Material import style: a component imports Material's modules, never its classes. */
const materialModulesOnly = {
  selector:
    "Decorator[expression.callee.name='Component'] Property[key.name='imports'] > ArrayExpression > Identifier[name=/^Mat(?!.*Module$)/]",
  message:
    'Import the Material module (MatButtonModule, MatIconModule, …) rather than its classes.',
};

/** Layers: core and shared never import a feature, not even lazily; src/app/shell wires them in. */
const noFeatureImports = ['ImportDeclaration', 'ImportExpression', 'ExportAllDeclaration'].map(
  (node) => ({
    selector: `${node}[source.value=/\\/features\\//]`,
    message: 'core/ and shared/ do not import features: provide it from src/app/shell instead.',
  }),
);

module.exports = tseslint.config(
  {
    ignores: [
      'dist/**',
      '.angular/**',
      'coverage/**',
      'data/**',
      'test-results/**',
      'playwright-report/**',
      'bench/.work/**',
    ],
  },
  {
    files: ['src/**/*.ts'],
    extends: [
      eslint.configs.recommended,
      ...tseslint.configs.recommended,
      ...tseslint.configs.stylistic,
      ...angular.configs.tsRecommended,
    ],
    processor: angular.processInlineTemplates,
    rules: {
      '@angular-eslint/directive-selector': [
        'error',
        { type: 'attribute', prefix: 'app', style: 'camelCase' },
      ],
      '@angular-eslint/component-selector': [
        'error',
        { type: 'element', prefix: 'app', style: 'kebab-case' },
      ],
      '@angular-eslint/prefer-on-push-component-change-detection': 'error',
      // One way to write a component: a template or styles past 40 lines go to files beside it.
      '@angular-eslint/component-max-inline-declarations': ['error', { template: 40, styles: 40 }],
      'no-console': ['error', { allow: ['error', 'warn'] }],
      // One Material import style: a component imports Material's modules, never its classes.
      'no-restricted-syntax': ['error', materialModulesOnly],
    },
  },
  {
    files: ['src/app/core/**/*.ts', 'src/app/shared/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', materialModulesOnly, ...noFeatureImports] },
  },
  {
    files: ['server/**/*.ts', 'e2e/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts', '*.config.ts'],
    extends: [eslint.configs.recommended, ...tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.html'],
    extends: [...angular.configs.templateRecommended, ...angular.configs.templateAccessibility],
    rules: {},
  },
);
