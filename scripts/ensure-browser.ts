/**
 * Makes sure the browser tests have a Chromium. Playwright's own browser download is not used:
 * Debian's Chromium is installed with apt-get where it is missing and we run as root; otherwise
 * this stops with what to install.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './browser-path';

function version(): string | null {
	try {
		return execFileSync(chromiumPath, ['--version'], { encoding: 'utf8' }).trim();
	} catch {
		return null;
	}
}

if (existsSync(chromiumPath) && version()) {
	console.log(`Browser tests use ${version()} at ${chromiumPath}.`);
	process.exit(0);
}

const isRoot = process.getuid?.() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (!process.env.CHROMIUM_PATH && isRoot && hasApt) {
	console.log('Chromium is missing: installing Debian’s chromium package with apt-get…');
	execFileSync('apt-get', ['update'], { stdio: 'inherit' });
	execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
	});
	if (version()) {
		console.log(`Installed ${version()}.`);
		process.exit(0);
	}
}

console.error(
	[
		`No working Chromium at ${chromiumPath}.`,
		'The browser tests need one. Either:',
		'  - on Debian or Ubuntu: sudo apt-get update && sudo apt-get install -y chromium',
		'  - or point CHROMIUM_PATH at a Chromium or Chrome binary: CHROMIUM_PATH=/path/to/chrome npm test'
	].join('\n')
);
process.exit(1);
