import { defineConfig, devices } from '@playwright/test';
import { chromiumPath } from './scripts/browser-path';

// Another port with PORT=...: parallel checkouts each preview their own build.
const PORT = Number(process.env.PORT ?? 4173);

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	forbidOnly: true,
	retries: 0,
	reporter: [['list']],
	outputDir: 'test-results',
	use: {
		baseURL: `http://localhost:${PORT}`,
		launchOptions: {
			executablePath: chromiumPath,
			args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
		}
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	webServer: {
		command: `npx vite preview --port ${PORT} --strictPort`,
		port: PORT,
		reuseExistingServer: !process.env.CI
	}
});
