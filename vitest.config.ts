import { defineConfig } from 'vitest/config';

// Unit, protocol, writer and property tests. The VS Code extension-host suite
// (mocha, test/vscode) and the offline end-to-end test (test/e2e) have their
// own runners: npm run test:vscode and npm run test:e2e.
export default defineConfig({
    test: {
        include: ['test/**/*.test.ts'],
        exclude: ['test/vscode/**', 'test/e2e/**', 'node_modules/**'],
        testTimeout: 30000,
        hookTimeout: 60000
    }
});
