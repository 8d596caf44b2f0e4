import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// Unit, protocol, writer and property tests. The VS Code extension-host suite
// (mocha, test/vscode) and the offline end-to-end test (test/e2e) have their
// own runners: npm run test:vscode and npm run test:e2e.
export default defineConfig({
    test: {
        include: ['test/**/*.test.ts'],
        exclude: ['test/vscode/**', 'test/e2e/**', 'node_modules/**'],
        // The CLI and the server started by the tests keep their compiled code (bin/compile-cache.js) and startup
        // snapshot here, not in the user's own cache folder; a test that checks the cache sets a folder of its own.
        env: { POA_CACHE_DIR: join(tmpdir(), 'poa-studio-test-cache') },
        testTimeout: 30000,
        hookTimeout: 60000
    }
});
